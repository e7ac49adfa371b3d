import CairnApp
import CairnCore
import CairnStore
import Foundation

/// Accepting invitations (sending them is `Invitations`, in CairnApp): a newcomer chooses a name
/// and password on accepting; someone who already has an account accepts signed in as themselves.
struct InvitationService {
    /// A link that can still be accepted, with what the acceptance page shows.
    struct Pending {
        let invitation: Invitation
        let organization: Organization
        let email: EmailAddress
        /// Whether the invited person has an account (a password): then they accept signed in.
        let hasAccount: Bool

        var details: InvitationDetails {
            InvitationDetails(organizationName: organization.name, email: email.rawValue, roles: invitation.roles.sorted(),
                              displayName: invitation.displayName)
        }
    }

    /// What came of an acceptance form.
    enum Acceptance {
        case invalid(FormErrors, InvitationDetails)
        case signedIn(sessionToken: String, organizationName: String)
    }

    let app: App

    /// The invitation a link names while it can be accepted, or why it cannot.
    func pending(token secret: String) throws -> Swift.Result<Pending, OneTimeTokenError> {
        guard !secret.isEmpty,
              let invitation = try app.store.invitations.fetch(tokenHash: Crypto.sha256Hex(secret)),
              let organization = try app.store.organizations.fetch(invitation.organizationID),
              let person = try app.store.members.fetchPerson(invitation.personID)
        else { return .failure(.unknown) }
        do { try invitation.checkUsable(at: app.clock()) } catch { return .failure(error) }
        let hasAccount = try app.store.members.hasPassword(person.id)
        return .success(Pending(invitation: invitation, organization: organization, email: person.email, hasAccount: hasAccount))
    }

    /// A newcomer accepts: sets the name and password, joins, and is signed in.
    func acceptAsNewcomer(token secret: String, displayName: String, password: String, confirmation: String,
                          address: String, userAgent: String) throws -> Acceptance {
        var errors = FormErrors()
        let pending: Pending
        switch try self.pending(token: secret) {
        case .failure(let problem):
            errors.formMessage = problem.message
            return .invalid(errors, InvitationDetails(organizationName: "", email: "", roles: [], displayName: displayName))
        case .success(let found):
            pending = found
        }
        guard !pending.hasAccount else {
            errors.formMessage = "You already have a Cairn account: sign in as \(pending.email.rawValue) to accept this invitation."
            return .invalid(errors, pending.details)
        }
        var name = ""
        switch PersonName.check(displayName) {
        case .success(let checked): name = checked
        case .failure(.empty): errors.add("Enter the name colleagues know you by.", for: "display_name")
        case .failure(let problem): errors.add(problem.message, for: "display_name")
        }
        PasswordRules.check(password, confirmation: confirmation, email: pending.email, into: &errors)
        guard errors.isEmpty else { return .invalid(errors, pending.details) }

        let store = app.store
        let hash = try app.passwords.hash(password)
        let joined = try store.write { tx -> Invitation? in
            // Someone who has chosen a password meanwhile accepts signed in, never here.
            guard try !store.members.hasPassword(pending.invitation.personID, in: tx),
                  let invitation = try join(tokenHash: Crypto.sha256Hex(secret), in: tx) else { return nil }
            try store.members.setDisplayName(name, for: invitation.personID, in: tx)
            try store.members.setPasswordHash(hash, for: invitation.personID, in: tx)
            return invitation
        }
        guard let joined, let member = try store.members.fetchMember(person: joined.personID, organization: joined.organizationID),
              member.isActive else {
            errors.formMessage = OneTimeTokenError.alreadyUsed.message
            return .invalid(errors, pending.details)
        }
        let session = try SessionIssuer(app: app).open(for: member, address: address, userAgent: userAgent)
        return .signedIn(sessionToken: session, organizationName: member.organization.name)
    }

    /// Someone with an account accepts, signed in as the invited person: they join, and the session
    /// moves to the organization they joined. Returns its name.
    ///
    /// - Throws: `InvitationError` when the link cannot be used or names another account.
    func acceptSignedIn(token secret: String, as context: SignedIn) throws -> String {
        let pending: Pending
        switch try self.pending(token: secret) {
        case .failure(let problem): throw InvitationError.unusable(problem)
        case .success(let found): pending = found
        }
        guard pending.invitation.personID == context.member.person.id else {
            throw InvitationError.otherAccount(invited: pending.email.rawValue)
        }
        let store = app.store
        guard let joined = try store.write({ try join(tokenHash: Crypto.sha256Hex(secret), in: $0) }),
              let member = try store.members.fetchMember(person: joined.personID, organization: joined.organizationID),
              member.isActive else { throw InvitationError.unusable(.alreadyUsed) }
        try store.sessions.switchOrganization(context.session.id, to: member.organization.id)
        return member.organization.name
    }

    /// Uses up the invitation and makes its membership (an invitation from before consent already has one).
    private func join(tokenHash: String, in tx: any Connection) throws -> Invitation? {
        let store = app.store
        let now = app.clock()
        guard let invitation = try store.invitations.accept(tokenHash: tokenHash, at: now, in: tx) else { return nil }
        if try store.members.fetchMember(person: invitation.personID, organization: invitation.organizationID, in: tx) == nil {
            try store.members.addMembership(invitation.membership(at: now), in: tx)
        }
        return invitation
    }
}

/// Why a signed-in person could not accept an invitation.
enum InvitationError: DomainError, Equatable {
    /// The link is unknown, used, withdrawn or expired.
    case unusable(OneTimeTokenError)
    /// The link invites another account than the signed-in one.
    case otherAccount(invited: String)

    var kind: DomainErrorKind {
        switch self {
        case .unusable(let problem): problem.kind
        case .otherAccount: .forbidden
        }
    }

    var message: String {
        switch self {
        case .unusable(let problem): problem.message
        case .otherAccount(let email): "This invitation is for \(email). Sign out, then sign in as \(email) to accept it."
        }
    }
}
