/// Why a change to a membership was refused.
public enum MembershipError: Error, Equatable, Sendable {
    case noRoles
    case alreadyDeactivated(Membership.ID)
    case alreadyActive(Membership.ID)
}
