import CairnCore
import Foundation

extension OrganizationRepository {
    /// The organization's schools by name, each with how many active members it has: one query,
    /// counted in the database (a district's members are never loaded to be counted).
    public func schoolsWithActiveMembers(of organizationID: Organization.ID) throws -> [(school: School, activeMembers: Int)] {
        try database.read { tx in
            try tx.query("""
                SELECT s.id, s.organization_id, s.name, COUNT(m.id) AS active_members
                FROM schools s
                LEFT JOIN memberships m ON m.school_id = s.id AND m.organization_id = s.organization_id AND m.status = 'active'
                WHERE s.organization_id = \(organizationID)
                GROUP BY s.id, s.organization_id, s.name
                ORDER BY s.name, s.id
                """).map { row in (try row.school(), try row.get("active_members") as Int) }
        }
    }
}
