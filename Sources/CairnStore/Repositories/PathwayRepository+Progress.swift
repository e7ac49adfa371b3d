import Foundation
import CairnCore

/// What an educator's pathway progress is computed from (`PathwayProgress`).
extension PathwayRepository {
    /// An educator's awards in the organization as pathway progress reads them, earliest first, in one
    /// query: each with its version's number and credit hours. An award whose credentials are all
    /// revoked does not count (a corrected one does: its new credential stands); a suspended one does.
    ///
    /// - Parameter microcredentialIDs: only the awards of these (a pathway's components); nil for every award.
    public func progressAwards(of educatorID: Person.ID, in organizationID: Organization.ID,
                               among microcredentialIDs: [Microcredential.ID]? = nil) throws -> [PathwayAward] {
        try database.read { try progressAwards(of: educatorID, in: organizationID, among: microcredentialIDs, in: $0) }
    }

    /// `progressAwards(of:in:among:)` in the caller's transaction.
    package func progressAwards(of educatorID: Person.ID, in organizationID: Organization.ID,
                                among microcredentialIDs: [Microcredential.ID]?, in tx: any Connection) throws -> [PathwayAward] {
        var sql: SQL = """
            SELECT a.id, a.microcredential_id, a.decided_at, v.number, v.credit_hours
            FROM awards a JOIN microcredential_versions v ON v.id = a.version_id
            WHERE a.organization_id = \(organizationID) AND a.educator_id = \(educatorID)
              AND (NOT EXISTS (SELECT 1 FROM credentials c WHERE c.award_id = a.id)
                   OR EXISTS (SELECT 1 FROM credentials c WHERE c.award_id = a.id AND c.status <> 'revoked'))
            """
        if let microcredentialIDs { sql = sql + " AND a.microcredential_id IN (\(list: microcredentialIDs))" }
        return try tx.query(sql + " ORDER BY a.decided_at, a.id").map { row in
            PathwayAward(awardID: try row.get("id"), microcredentialID: try row.get("microcredential_id"), versionNumber: try row.get("number"),
                         decidedAt: try row.get("decided_at"), creditHours: try row.get("credit_hours"))
        }
    }
}
