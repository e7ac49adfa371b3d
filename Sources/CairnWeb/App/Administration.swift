import CairnCore
import CairnStore
import Foundation

/// Account administration from the command line: organizations, the first admin, reset links.
public struct Administration {
    /// A refusal the operator can act on.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    let app: App

    /// Creates an organization; its slug must be free and well formed.
    public func createOrganization(name: String, slug: String) throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw Problem(description: "The organization needs a name.") }
        guard Organization.isValidSlug(slug) else {
            throw Problem(description: "'\(slug)' is not a valid slug: use 2 to 63 lowercase letters, digits and inner dashes.")
        }
        guard try app.store.organizations.fetch(slug: slug) == nil else {
            throw Problem(description: "An organization with the slug '\(slug)' already exists.")
        }
        try app.store.organizations.create(Organization(name: trimmed, slug: slug, createdAt: app.clock()))
    }

    /// Creates a person with a password in an organization, or adds an existing person to it
    /// (keeping their own password; the one given is then not used).
    public func createUser(email text: String, displayName: String, organizationSlug: String, roleNames: [String],
                           password: String) throws {
        let email: EmailAddress
        do { email = try EmailAddress(text) } catch { throw Problem(description: "'\(text)' is not an email address: \(error.message)") }
        guard let organization = try app.store.organizations.fetch(slug: organizationSlug) else {
            throw Problem(description: "There is no organization with the slug '\(organizationSlug)'. Create it with 'cairn organization create'.")
        }
        var roles = Set<Role>()
        for name in roleNames {
            guard let role = Role(name: name) else {
                throw Problem(description: "'\(name)' is not a role: use admin, designer, assessor, coach or educator.")
            }
            roles.insert(role)
        }
        let name = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw Problem(description: "The person needs a name.") }
        let problems = PasswordPolicy().problems(in: password, email: email)
        guard problems.isEmpty else {
            throw Problem(description: "The password was refused: " + problems.map(\.message).joined(separator: " "))
        }
        let hash = try app.passwords.hash(password)
        let now = app.clock()
        let store = app.store
        try store.write { tx in
            let person: Person
            if let existing = try store.members.fetchPerson(email: email, in: tx) {
                guard try store.members.fetchMember(person: existing.id, organization: organization.id, in: tx) == nil else {
                    throw Problem(description: "\(email) is already a member of \(organization.name).")
                }
                // Their password is theirs: adding them to another organization leaves it as it is.
                person = existing
            } else {
                person = Person(email: email, displayName: name, createdAt: now)
                try store.members.createPerson(person, passwordHash: hash, in: tx)
            }
            try store.members.addMembership(Membership(organizationID: organization.id, personID: person.id,
                                                       roles: roles, createdAt: now), in: tx)
        }
    }

    /// A one-time link with which the person chooses a new password (nothing is mailed).
    public func passwordResetLink(email text: String) throws -> String {
        guard let email = try? EmailAddress(text),
              let link = try PasswordResetService(app: app).makeLink(for: email, mail: false) else {
            throw Problem(description: "No active member has the email address '\(text)'.")
        }
        return link
    }
}
