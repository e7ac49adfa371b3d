import CairnCore
import CairnStore
import Foundation

/// Sending invitations: consent before membership. An admin (or the operator, from the command
/// line) invites an email address; nothing changes for that person until they accept the mailed
/// link. The inviter is told the same thing whether or not the address has an account.
public struct Invitations {
    /// Who sends an invitation, as the mail names them.
    public struct Inviter: Sendable {
        public let name: String
        public let personID: Person.ID?

        /// An admin inviting from the members pages.
        public init(_ admin: Member) { (name, personID) = (admin.person.displayName, admin.person.id) }

        public init(name: String, personID: Person.ID?) { (self.name, self.personID) = (name, personID) }
    }

    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// Withdraws an invitation not answered yet: its link stops working at once.
    ///
    /// - Throws: `MemberAdministrationError.notInOrganization` when the organization has no such
    ///   unanswered invitation (shown as not found).
    public func withdraw(_ id: Invitation.ID, in organization: Organization.ID) throws {
        guard try installation.store.invitations.withdraw(id, in: organization, at: installation.clock()) else {
            throw MemberAdministrationError.notInOrganization
        }
    }

    /// Invites the person (checked by `NewMember`'s rules) into `organization`, in one transaction with its mail. An earlier
    /// unanswered invitation of the same person to the same organization is replaced when
    /// `replacingPending` (an admin inviting again), else left as it is (a roster imported twice).
    ///
    /// - Throws: `MemberAdministrationError.alreadyMember` when they are a member (active or not) already,
    ///   `.alreadyInvited` when an invitation is pending and is not to be replaced.
    public func invite(_ newcomer: NewMember, school: School.ID?,
                       to organization: Organization, by inviter: Inviter, replacingPending: Bool = true) throws {
        let (email, displayName, roles) = (newcomer.email, newcomer.name, newcomer.roles)
        let store = installation.store
        let now = installation.clock()
        let secret = Crypto.randomToken()
        try store.write { tx in
            let person: Person
            let hasAccount: Bool
            if let existing = try store.members.fetchPerson(email: email, in: tx) {
                guard try store.members.fetchMember(person: existing.id, organization: organization.id, in: tx) == nil
                else { throw MemberAdministrationError.alreadyMember }
                person = existing
                hasAccount = try store.members.hasPassword(existing.id, in: tx)
            } else {
                // The address is reserved for the newcomer; they become a member only by accepting.
                person = Person(email: email, displayName: displayName, createdAt: now)
                try store.members.createPerson(person, in: tx)
                hasAccount = false
            }
            if !replacingPending, try store.invitations.hasPending(person: person.id, organization: organization.id, at: now, in: tx) {
                throw MemberAdministrationError.alreadyInvited
            }
            try store.invitations.revokePending(person: person.id, organization: organization.id, at: now, in: tx)
            try store.invitations.create(Invitation(organizationID: organization.id, personID: person.id, displayName: displayName,
                                                    roles: roles, schoolID: school, invitedBy: inviter.personID,
                                                    tokenHash: Crypto.sha256Hex(secret), createdAt: now), in: tx)
            try store.outbox.enqueue(MailTemplates.invitation(
                to: email, name: displayName, organization: organization, invitedBy: inviter.name, roles: roles,
                link: installation.configuration.baseURL + Links.acceptInvitation(token: secret), hasAccount: hasAccount, at: now), in: tx)
        }
    }
}
