import Foundation

/// A person's place in one organization: their roles, school and whether they may sign in there.
public struct Membership: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Membership>

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case active, deactivated
    }

    public let id: ID
    public let organizationID: Organization.ID
    public let personID: Person.ID
    public var roles: Set<Role>
    public var schoolID: School.ID?
    public var status: Status
    public let createdAt: Date

    public init(id: ID = .generate(), organizationID: Organization.ID, personID: Person.ID,
                roles: Set<Role>, schoolID: School.ID? = nil, status: Status = .active, createdAt: Date) {
        self.id = id
        self.organizationID = organizationID
        self.personID = personID
        self.roles = roles
        self.schoolID = schoolID
        self.status = status
        self.createdAt = createdAt
    }

    public var isActive: Bool { status == .active }

    /// Replaces the roles; a membership always keeps at least one.
    public mutating func assign(_ roles: Set<Role>) throws(MembershipError) {
        guard !roles.isEmpty else { throw .noRoles }
        self.roles = roles
    }

    /// Stops the member from signing in to this organization.
    public mutating func deactivate() throws(MembershipError) {
        guard status == .active else { throw .alreadyDeactivated(id) }
        status = .deactivated
    }

    /// Lets a deactivated member sign in again.
    public mutating func reactivate() throws(MembershipError) {
        guard status == .deactivated else { throw .alreadyActive(id) }
        status = .active
    }

    /// Whether this member coaches the other: an active coach covers the active educators of their
    /// school, or of the whole organization when they belong to no school.
    public func coaches(_ other: Membership) -> Bool {
        isActive && roles.contains(.coach) && other.isActive && other.organizationID == organizationID
            && other.personID != personID && (schoolID == nil || schoolID == other.schoolID)
    }
}
