/// Why a change to a membership was refused.
public enum MembershipError: Error, Equatable, Sendable {
    case noRoles
    case alreadyDeactivated(Membership.ID)
    case alreadyActive(Membership.ID)
}

extension MembershipError: DomainError {
    public var kind: DomainErrorKind { self == .noRoles ? .invalidInput : .conflict }

    public var message: String {
        switch self {
        case .noRoles: "Choose at least one role."
        case .alreadyDeactivated: "This member is already deactivated."
        case .alreadyActive: "This member is already active."
        }
    }
}
