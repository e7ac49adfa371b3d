/// The rules an admin's changes to members must keep: the organization always keeps an
/// active admin, and an admin cannot lock themselves out.
public enum MemberAdministration {
    /// Checks a change of `target`'s roles to `roles`, made by `actor`.
    ///
    /// - Parameter activeAdmins: the active admin memberships of the organization now.
    public static func checkRoleChange(of target: Membership, to roles: Set<Role>, by actor: Membership,
                                       activeAdmins: Set<Membership.ID>) throws(MemberAdministrationError) {
        guard target.organizationID == actor.organizationID else { throw .notInOrganization }
        guard !roles.isEmpty else { throw .noRoles }
        let losesAdmin = target.roles.contains(.admin) && !roles.contains(.admin) && target.isActive
        if losesAdmin && activeAdmins.subtracting([target.id]).isEmpty { throw .lastAdmin }
    }

    /// Checks that `actor` may deactivate `target`.
    public static func checkDeactivation(of target: Membership, by actor: Membership,
                                         activeAdmins: Set<Membership.ID>) throws(MemberAdministrationError) {
        guard target.organizationID == actor.organizationID else { throw .notInOrganization }
        guard target.id != actor.id else { throw .cannotDeactivateYourself }
        guard target.isActive else { throw .alreadyDeactivated }
        if target.roles.contains(.admin) && activeAdmins.subtracting([target.id]).isEmpty { throw .lastAdmin }
    }
}

/// Why an admin's change to a member was refused.
public enum MemberAdministrationError: Error, Equatable, Sendable {
    /// A member keeps at least one role.
    case noRoles
    /// The change would leave the organization without an active admin.
    case lastAdmin
    /// Admins deactivate others, never themselves.
    case cannotDeactivateYourself
    /// The member is already deactivated.
    case alreadyDeactivated
    /// The member is already active.
    case alreadyActive
    /// The person is already a member of this organization.
    case alreadyMember
    /// An invitation of this person to this organization is still waiting for their answer.
    case alreadyInvited
    /// The target belongs to another organization (shown as not found).
    case notInOrganization
    /// Only an active admin of the organization manages its members, schools and assessors.
    case notAnAdmin
    /// An assessor was given a microcredential the organization does not have.
    case unknownMicrocredential
}

extension MemberAdministrationError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .noRoles, .unknownMicrocredential: .invalidInput
        case .notInOrganization: .notFound
        case .notAnAdmin: .forbidden
        case .lastAdmin, .cannotDeactivateYourself, .alreadyDeactivated, .alreadyActive, .alreadyMember, .alreadyInvited: .conflict
        }
    }

    public var message: String {
        switch self {
        case .noRoles: "Choose at least one role."
        case .lastAdmin: "Your organization needs at least one active admin: make someone else an admin first."
        case .cannotDeactivateYourself: "You can't deactivate your own account."
        case .alreadyDeactivated: "This member is already deactivated."
        case .alreadyActive: "This member is already active."
        case .alreadyMember: "This person is already a member of your organization."
        case .alreadyInvited: "An invitation to this person is still waiting for their answer."
        case .notInOrganization: "We can't find that member."
        case .notAnAdmin: "Only an admin of your organization can manage its members."
        case .unknownMicrocredential: "Choose among the microcredentials listed."
        }
    }
}
