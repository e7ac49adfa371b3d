/// A person acting in one organization through their membership: the signed-in actor.
public struct Member: Hashable, Sendable, Identifiable {
    public let person: Person
    public let membership: Membership
    public let organization: Organization

    public init(person: Person, membership: Membership, organization: Organization) {
        precondition(membership.personID == person.id && membership.organizationID == organization.id,
                     "a member's membership links its person and organization")
        self.person = person
        self.membership = membership
        self.organization = organization
    }

    public var id: Membership.ID { membership.id }
    public var roles: Set<Role> { membership.roles }
    public var isActive: Bool { membership.isActive }

    /// Whether the member holds the role and the membership is active.
    public func has(_ role: Role) -> Bool { isActive && membership.roles.contains(role) }
}
