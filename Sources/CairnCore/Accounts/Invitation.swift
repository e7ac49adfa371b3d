import Foundation

/// An admin's invitation to join an organization: nothing changes for the invited person until
/// they accept it; accepting makes the membership with the roles and school it names.
///
/// Only the SHA-256 of the link's secret is kept. `displayName` is the name the admin typed, so
/// the admin's pages never show the name an existing account carries elsewhere.
public struct Invitation: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Invitation>

    /// How long an invitation link stays usable.
    public static let lifetime: TimeInterval = 7 * 24 * 3600

    public let id: ID
    public let organizationID: Organization.ID
    public let personID: Person.ID
    public let displayName: String
    public let roles: Set<Role>
    public let schoolID: School.ID?
    public let invitedBy: Person.ID?
    public let tokenHash: String
    public let createdAt: Date
    public let expiresAt: Date
    /// When it was accepted (the repository marks it, atomically).
    public let acceptedAt: Date?
    /// When a newer invitation replaced it.
    public let revokedAt: Date?

    public init(id: ID = .generate(), organizationID: Organization.ID, personID: Person.ID, displayName: String,
                roles: Set<Role>, schoolID: School.ID? = nil, invitedBy: Person.ID?, tokenHash: String,
                createdAt: Date, expiresAt: Date? = nil, acceptedAt: Date? = nil, revokedAt: Date? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.personID = personID
        self.displayName = displayName
        self.roles = roles
        self.schoolID = schoolID
        self.invitedBy = invitedBy
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt ?? createdAt.addingTimeInterval(Self.lifetime)
        self.acceptedAt = acceptedAt
        self.revokedAt = revokedAt
    }

    /// Throws why the invitation can no longer be accepted.
    public func checkUsable(at now: Date) throws(OneTimeTokenError) {
        guard acceptedAt == nil else { throw .alreadyUsed }
        guard revokedAt == nil else { throw .unknown }
        guard now < expiresAt else { throw .expired }
    }

    /// The membership accepting it makes.
    public func membership(at now: Date) -> Membership {
        Membership(organizationID: organizationID, personID: personID, roles: roles, schoolID: schoolID, createdAt: now)
    }
}
