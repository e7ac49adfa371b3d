import CairnCore
import Foundation

extension CredentialRepository {
    /// One page of an educator's credentials from one organization for the Open Badges API, newest
    /// first: each signed document byte for byte, and how many there are in all.
    ///
    /// - Parameter since: only credentials issued after this moment, when given.
    public func documents(of educatorID: Person.ID, in organizationID: Organization.ID, since: Date?, limit: Int,
                          offset: Int) throws -> (total: Int, documents: [String]) {
        try database.read { tx in
            let after = since ?? .distantPast
            let total: Int = try tx.queryOne("""
                SELECT COUNT(*) AS n FROM credentials
                WHERE organization_id = \(organizationID) AND educator_id = \(educatorID) AND issued_at > \(after)
                """)?.get("n") ?? 0
            let documents = try tx.query("""
                SELECT document FROM credentials
                WHERE organization_id = \(organizationID) AND educator_id = \(educatorID) AND issued_at > \(after)
                ORDER BY issued_at DESC, id LIMIT \(limit) OFFSET \(offset)
                """).map { try $0.get("document", as: String.self) }
            return (total, documents)
        }
    }
}
