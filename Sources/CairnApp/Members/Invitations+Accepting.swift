import CairnCore
import CairnStore
import Foundation

/// An invitation a link names while it can be accepted, with the organization and the address it invites.
public struct PendingInvitation: Sendable {
    public let invitation: Invitation
    public let organization: Organization
    public let email: EmailAddress
    /// Whether the invited person has an account (a password): then they accept signed in.
    public let hasAccount: Bool
}

/// Accepting an invitation: a newcomer chooses a name and a password; someone who already has an
/// account accepts signed in as themselves. Either way they join only now, with the roles invited.
extension Invitations {
    /// The invitation a link's secret names while it can be accepted, or why it cannot.
    public func pending(secret: String) throws -> Result<PendingInvitation, OneTimeTokenError> {
        let store = installation.store
        guard !secret.isEmpty,
              let invitation = try store.invitations.fetch(tokenHash: Crypto.sha256Hex(secret)),
              let organization = try store.organizations.fetch(invitation.organizationID),
              let person = try store.members.fetchPerson(invitation.personID)
        else { return .failure(.unknown) }
        do { try invitation.checkUsable(at: installation.clock()) } catch { return .failure(error) }
        return .success(PendingInvitation(invitation: invitation, organization: organization, email: person.email,
                                          hasAccount: try store.members.hasPassword(person.id)))
    }

    /// A newcomer accepts with the name and password they chose (the caller has checked them with
    /// `PersonName` and `PasswordPolicy`): in one transaction the name and password are set and the
    /// membership made. Returns the membership to sign in with.
    ///
    /// - Throws: `InvitationError.unusable` for a link that cannot be used (or was used meanwhile),
    ///   `.accountExists` when the invited address has an account.
    public func acceptAsNewcomer(secret: String, name: String, password: String) throws -> Member {
        let pending = try usable(secret)
        guard !pending.hasAccount else { throw InvitationError.accountExists(email: pending.email.rawValue) }
        let store = installation.store
        let hash = try installation.passwords.hash(password)
        let joined = try store.write { tx -> Invitation? in
            // Someone who has chosen a password meanwhile accepts signed in, never here.
            guard try !store.members.hasPassword(pending.invitation.personID, in: tx),
                  let invitation = try join(tokenHash: Crypto.sha256Hex(secret), in: tx) else { return nil }
            try store.members.setDisplayName(name, for: invitation.personID, in: tx)
            try store.members.setPasswordHash(hash, for: invitation.personID, in: tx)
            return invitation
        }
        return try activeMember(joined)
    }

    /// Someone with an account accepts, signed in as the invited person: they join, and their
    /// session moves to the organization they joined. Returns the new membership.
    ///
    /// - Throws: `InvitationError.unusable`, or `.otherAccount` when the link invites someone else.
    public func acceptSignedIn(secret: String, as member: Member, session: Session.ID) throws -> Member {
        let pending = try usable(secret)
        guard pending.invitation.personID == member.person.id else {
            throw InvitationError.otherAccount(invited: pending.email.rawValue)
        }
        let store = installation.store
        let joined = try activeMember(try store.write { try join(tokenHash: Crypto.sha256Hex(secret), in: $0) })
        try store.sessions.switchOrganization(session, to: joined.organization.id)
        return joined
    }

    private func usable(_ secret: String) throws -> PendingInvitation {
        switch try pending(secret: secret) {
        case .failure(let problem): throw InvitationError.unusable(problem)
        case .success(let pending): return pending
        }
    }

    /// The active membership an accepted invitation made; a link used meanwhile made none.
    private func activeMember(_ joined: Invitation?) throws -> Member {
        guard let joined, let member = try installation.store.members.fetchMember(person: joined.personID, organization: joined.organizationID),
              member.isActive else { throw InvitationError.unusable(.alreadyUsed) }
        return member
    }

    /// Uses up the invitation and makes its membership (an invitation from before consent already has one).
    private func join(tokenHash: String, in tx: any Connection) throws -> Invitation? {
        let store = installation.store
        let now = installation.clock()
        guard let invitation = try store.invitations.accept(tokenHash: tokenHash, at: now, in: tx) else { return nil }
        if try store.members.fetchMember(person: invitation.personID, organization: invitation.organizationID, in: tx) == nil {
            try store.members.addMembership(invitation.membership(at: now), in: tx)
        }
        return invitation
    }
}
