import CairnCore
import CairnStore
import Foundation

/// An organization's members as its admins manage them: the members page, one member's roles and
/// status, adding people (`Members+Adding`), schools (`Members+Schools`) and assessors
/// (`Members+Assessors`). Every function takes the acting admin and refuses anyone else.
public struct Members: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    var store: Store { installation.store }

    /// How many members the members page shows at once.
    public static let pageSize = 50

    // MARK: The members page

    /// One page of the members page: members by name, and (on the first page) the invitations not answered yet.
    public struct ListPage: Sendable {
        public let members: [Member]
        /// Every member of the organization when nothing is searched; nil for a search (see `MemberRepository`).
        public let total: Int?
        /// Invitations not accepted yet matching the search, by name then email; empty after the first page.
        public let invitations: [Invited]
        /// The organization's schools' names, for the members' and invitations' schools.
        public let schoolNames: [School.ID: String]
    }

    /// An invitation waiting for its answer, with the address it was sent to.
    public struct Invited: Sendable {
        public let invitation: Invitation
        public let email: EmailAddress
    }

    /// The members page `page` (from 1) of those whose name or email contains `search`, in four queries
    /// whatever the organization's size (its size, the page, the schools, the pending invitations).
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin` for anyone but an active admin.
    public func listPage(search: String, page: Int, by admin: Member) throws -> ListPage {
        try admin.checkAdmin()
        let organization = admin.organization.id
        let found = try store.members.members(of: organization, matching: search, offset: (max(page, 1) - 1) * Self.pageSize,
                                              limit: Self.pageSize)
        let schools = Dictionary(uniqueKeysWithValues: try store.organizations.schools(of: organization).map { ($0.id, $0.name) })
        // Invitations on the first page only: the name the admin typed, never the one an account carries elsewhere.
        let invitations = page > 1 ? [] : try store.invitations.pending(in: organization, at: installation.clock())
            .filter { invitation, email in
                search.isEmpty || invitation.displayName.localizedCaseInsensitiveContains(search)
                    || email.rawValue.localizedCaseInsensitiveContains(search)
            }
            .map { Invited(invitation: $0.invitation, email: $0.email) }
            .sorted { ($0.invitation.displayName.lowercased(), $0.email.rawValue) < ($1.invitation.displayName.lowercased(), $1.email.rawValue) }
        return ListPage(members: found.members, total: found.total, invitations: invitations, schoolNames: schools)
    }

    // MARK: One member

    /// One member as the edit page shows them, with their school.
    public struct MemberPage: Sendable {
        public let member: Member
        public let school: School?
    }

    /// The member with this membership in the admin's organization, with their school (two queries).
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `.notInOrganization` for another organization's membership.
    public func memberPage(_ id: Membership.ID, by admin: Member) throws -> MemberPage {
        let member = try target(id, by: admin)
        let school = try member.membership.schoolID.flatMap { try store.organizations.fetchSchool($0, in: admin.organization.id) }
        return MemberPage(member: member, school: school)
    }

    /// Gives the member the roles named (`Role.rawValue`s); returns the member as they were before.
    ///
    /// - Throws: `NewMemberProblem.unknownRole` or `.noRoles` for the names; `MemberAdministrationError.lastAdmin`
    ///   when the organization would have no active admin left; what `memberPage` throws.
    @discardableResult
    public func changeRoles(of id: Membership.ID, to roleNames: [String], by admin: Member) throws -> Member {
        let member = try target(id, by: admin)
        let roles = Set(roleNames.compactMap(Role.init(rawValue:)))
        if let unknown = roleNames.first(where: { Role(rawValue: $0) == nil }) { throw NewMemberProblem.unknownRole(unknown) }
        guard !roles.isEmpty else { throw NewMemberProblem.noRoles }
        // The rule is checked inside the transaction that saves the change.
        try store.members.changeMembership(member.id, in: admin.organization.id) { membership, admins in
            try MemberAdministration.checkRoleChange(of: membership, to: roles, by: admin.membership, activeAdmins: admins)
            try membership.assign(roles)
        }
        return member
    }

    /// Deactivates the member: they can no longer sign in to the organization. Returns them as they were.
    ///
    /// - Throws: `MemberAdministrationError.cannotDeactivateYourself`, `.alreadyDeactivated`, `.lastAdmin`;
    ///   what `memberPage` throws.
    @discardableResult
    public func deactivate(_ id: Membership.ID, by admin: Member) throws -> Member {
        let member = try target(id, by: admin)
        try store.members.changeMembership(member.id, in: admin.organization.id) { membership, admins in
            try MemberAdministration.checkDeactivation(of: membership, by: admin.membership, activeAdmins: admins)
            try membership.deactivate()
        }
        return member
    }

    /// Makes a deactivated member active again. Returns them as they were.
    ///
    /// - Throws: `MemberAdministrationError.alreadyActive`; what `memberPage` throws.
    @discardableResult
    public func reactivate(_ id: Membership.ID, by admin: Member) throws -> Member {
        let member = try target(id, by: admin)
        guard !member.isActive else { throw MemberAdministrationError.alreadyActive }
        try store.members.reactivate(member.id, in: admin.organization.id)
        return member
    }

    /// Withdraws an invitation nobody answered yet: its link stops working at once.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `.notInOrganization` when the organization has no such invitation.
    public func withdraw(_ id: Invitation.ID, by admin: Member) throws {
        try admin.checkAdmin()
        try Invitations(installation: installation).withdraw(id, in: admin.organization.id)
    }

    // MARK: Helpers

    /// The member with this membership in the admin's organization.
    func target(_ id: Membership.ID, by admin: Member) throws -> Member {
        try admin.checkAdmin()
        guard let member = try store.members.fetchMember(id, in: admin.organization.id) else {
            throw MemberAdministrationError.notInOrganization
        }
        return member
    }
}
