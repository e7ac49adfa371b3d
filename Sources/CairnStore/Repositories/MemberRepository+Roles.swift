import CairnCore
import Foundation

extension MemberRepository {
    /// The organization's active members holding `role`, in one query (the others are never loaded).
    public func activeMembers(of organizationID: Organization.ID, withRole role: Role) throws -> [Member] {
        // Roles are one ';'-separated column (`RoleList`): fence it with ';' to match a whole name.
        let pattern = "%;" + role.rawValue + ";%"
        return try database.read { tx in
            try tx.query(Self.memberSelect + """
                 WHERE m.organization_id = \(organizationID) AND m.status = 'active' AND (';' || m.roles || ';') LIKE \(pattern)
                ORDER BY p.display_name, p.email
                """).map { try $0.member() }
        }
    }
}
