import CairnCore
import CairnStore
import Foundation

/// Invitations: an admin adds a person to the organization; a newcomer gets a 7-day link to
/// choose a name and password, someone with an account is simply added and told so.
struct InvitationService {
    /// What came of an invitation.
    enum Invited: Equatable {
        /// A new account: they were mailed a link to choose a password.
        case newAccount
        /// An existing Cairn account: added to this organization and told by mail.
        case existingAccount
    }

    /// What came of an acceptance form.
    enum Acceptance {
        case invalid(FormErrors, InvitationDetails)
        case signedIn(sessionToken: String, organizationName: String)
    }

    let app: App

    /// Invites `email` into `admin`'s organization with `roles`, in one transaction with its mail.
    ///
    /// - Throws: `MemberAdministrationError.alreadyMember` when they are already a member.
    func invite(email: EmailAddress, displayName: String, roles: Set<Role>, school: School.ID?, by admin: Member) throws -> Invited {
        let store = app.store
        let organization = admin.organization
        let now = app.clock()
        let existing = try store.members.fetchCredentials(email: email)
        return try store.write { tx in
            let person: Person
            if let existing {
                guard try store.members.fetchMember(person: existing.person.id, organization: organization.id, in: tx) == nil
                else { throw MemberAdministrationError.alreadyMember }
                person = existing.person
            } else {
                person = Person(email: email, displayName: displayName, createdAt: now)
                try store.members.createPerson(person, in: tx)
            }
            try store.members.addMembership(Membership(organizationID: organization.id, personID: person.id,
                                                       roles: roles, schoolID: school, createdAt: now), in: tx)
            if existing?.passwordHash != nil {
                try store.outbox.enqueue(MailTemplates.addedToOrganization(
                    to: email, name: person.displayName, organization: organization.name,
                    invitedBy: admin.person.displayName, roles: roles,
                    link: app.configuration.baseURL + Paths.signIn, at: now), in: tx)
                return .existingAccount
            }
            // Earlier invitations from other organizations stay valid: each names its own organization.
            let secret = Crypto.randomToken()
            try store.tokens.create(OneTimeToken(purpose: .invitation, tokenHash: Crypto.sha256Hex(secret),
                                                 personID: person.id, organizationID: organization.id, createdAt: now), in: tx)
            try store.outbox.enqueue(MailTemplates.invitation(
                to: email, name: person.displayName, organization: organization.name,
                invitedBy: admin.person.displayName, roles: roles,
                link: app.configuration.baseURL + Paths.acceptInvitation(token: secret), at: now), in: tx)
            return .newAccount
        }
    }

    /// What the acceptance page shows for a link, or why the link cannot be used.
    func details(token secret: String) throws -> Swift.Result<InvitationDetails, OneTimeTokenError> {
        guard !secret.isEmpty,
              let token = try app.store.tokens.fetch(tokenHash: Crypto.sha256Hex(secret), purpose: .invitation),
              let organizationID = token.organizationID,
              let member = try app.store.members.fetchMember(person: token.personID, organization: organizationID),
              member.isActive
        else { return .failure(.unknown) }
        do { try token.checkUsable(at: app.clock()) } catch { return .failure(error) }
        return .success(InvitationDetails(organizationName: member.organization.name, email: member.person.email.rawValue,
                                          roles: member.roles.sorted(),
                                          displayName: member.person.displayName))
    }

    /// Sets the newcomer's name and password, uses up the link and signs them in.
    func accept(token secret: String, displayName: String, password: String, confirmation: String,
                address: String, userAgent: String) throws -> Acceptance {
        let invitation: InvitationDetails
        switch try details(token: secret) {
        case .failure(let problem):
            var errors = FormErrors()
            errors.formMessage = problem.message
            return .invalid(errors, InvitationDetails(organizationName: "", email: "", roles: [], displayName: displayName))
        case .success(let found):
            invitation = found
        }
        var errors = FormErrors()
        let name = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors.add("Enter the name colleagues know you by.", for: "display_name") }
        if name.count > 120 { errors.add("Use at most 120 characters.", for: "display_name") }
        PasswordRules.check(password, confirmation: confirmation, email: try? EmailAddress(invitation.email), into: &errors)
        guard errors.isEmpty else { return .invalid(errors, invitation) }

        let store = app.store
        let hash = try app.passwords.hash(password)
        let tokenHash = Crypto.sha256Hex(secret)
        let accepted = try store.write { tx -> OneTimeToken? in
            guard let token = try store.tokens.consume(tokenHash: tokenHash, purpose: .invitation, at: app.clock(), in: tx)
            else { return nil }
            try store.members.setDisplayName(name, for: token.personID, in: tx)
            try store.members.setPasswordHash(hash, for: token.personID, in: tx)
            return token
        }
        guard let accepted, let organizationID = accepted.organizationID,
              let member = try store.members.fetchMember(person: accepted.personID, organization: organizationID),
              member.isActive else {
            errors.formMessage = OneTimeTokenError.alreadyUsed.message
            return .invalid(errors, invitation)
        }
        let session = try SessionIssuer(app: app).open(for: member, address: address, userAgent: userAgent)
        return .signedIn(sessionToken: session, organizationName: member.organization.name)
    }
}
