import CairnCore
import CairnStore
import Foundation

/// Account administration from the command line: organizations, the first admin, reset links.
public struct Administration {
    /// A refusal the operator can act on.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    let installation: Installation

    /// Creates an organization; its slug must be free and well formed.
    public func createOrganization(name: String, slug: String) throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw Problem(description: "The organization needs a name.") }
        guard Organization.isValidSlug(slug) else {
            throw Problem(description: "'\(slug)' is not a valid slug: use 2 to 63 lowercase letters, digits and inner dashes.")
        }
        guard try installation.store.organizations.fetch(slug: slug) == nil else {
            throw Problem(description: "An organization with the slug '\(slug)' already exists.")
        }
        try installation.store.organizations.create(Organization(name: trimmed, slug: slug, createdAt: installation.clock()))
    }

    /// What `createUser` did.
    public enum UserCreation: Equatable, Sendable {
        /// A new person with the given password, a member at once.
        case created
        /// The address has an account already: it was mailed an invitation, and joins only by accepting it.
        case invited
    }

    /// Creates a person with a password in an organization; someone who has an account already is
    /// invited instead (consent before membership: their password and organizations stay theirs).
    /// The email, name and roles pass `NewMember`'s rules, as on the invite form and in a roster.
    @discardableResult
    public func createUser(email text: String, displayName: String, organizationSlug: String, roleNames: [String],
                           password: String) throws -> UserCreation {
        let newcomer: NewMember
        switch NewMember.check(email: text, name: displayName, roleNames: roleNames) {
        case .success(let checked): newcomer = checked
        case .failure(let refusal): throw Problem(description: refusal.problems.map(\.message).joined(separator: " "))
        }
        guard let organization = try installation.store.organizations.fetch(slug: organizationSlug) else {
            throw Problem(description: "There is no organization with the slug '\(organizationSlug)'. Create it with 'cairn organization create'.")
        }
        let (email, name, roles) = (newcomer.email, newcomer.name, newcomer.roles)
        let store = installation.store
        if try store.members.fetchPerson(email: email) != nil {
            do {
                try Invitations(installation: installation).invite(
                    newcomer, school: nil, to: organization,
                    by: .init(name: "The operator of this Cairn installation", personID: nil))
            } catch MemberAdministrationError.alreadyMember {
                throw Problem(description: "\(email) is already a member of \(organization.name).")
            }
            return .invited
        }
        let problems = PasswordPolicy().problems(in: password, email: email)
        guard problems.isEmpty else {
            throw Problem(description: "The password was refused: " + problems.map(\.message).joined(separator: " "))
        }
        let hash = try installation.passwords.hash(password)
        let now = installation.clock()
        try store.write { tx in
            let person = Person(email: email, displayName: name, createdAt: now)
            try store.members.createPerson(person, passwordHash: hash, in: tx)
            try store.members.addMembership(Membership(organizationID: organization.id, personID: person.id,
                                                       roles: roles, createdAt: now), in: tx)
        }
        return .created
    }

    /// Makes a person an operator of the installation (or, with `false`, no longer one).
    public func setOperator(email text: String, _ isOperator: Bool) throws {
        guard let email = try? EmailAddress(text), try installation.store.members.setOperator(isOperator, email: email) else {
            throw Problem(description: "Nobody has the email address '\(text)'.")
        }
    }

    /// A one-time link with which the person chooses a new password (nothing is mailed).
    public func passwordResetLink(email text: String) throws -> String {
        guard let email = try? EmailAddress(text),
              let link = try PasswordResets(installation: installation).makeLink(for: email, mail: false) else {
            throw Problem(description: "No active member has the email address '\(text)'.")
        }
        return link
    }
}
