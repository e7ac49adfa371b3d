import Foundation
import CairnCore

/// The organization's review policy (attempts before a coach, claim hours, second scoring) and, per
/// microcredential, whether assessors see educators' names.
public struct ReviewPolicyRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// The organization's review policy (the standard one until set).
    public func policy(in organizationID: Organization.ID) throws -> ReviewPolicy {
        try database.read { try policy(in: organizationID, in: $0) }
    }

    /// `policy(in:)` in the caller's transaction.
    package func policy(in organizationID: Organization.ID, in tx: any Connection) throws -> ReviewPolicy {
        guard let row = try tx.queryOne("SELECT * FROM review_policies WHERE organization_id = \(organizationID)") else { return .standard }
        return ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: try row.get("not_yet_before_coach")),
                            claimDuration: try row.get("claim_seconds"), secondScoring: SecondScoring(share: try row.get("second_scoring_share")))
    }

    public func setPolicy(_ policy: ReviewPolicy, in organizationID: Organization.ID) throws {
        try database.write { tx in try setPolicy(policy, in: organizationID, in: tx) }
    }

    /// Hides (or shows) educators' names to the assessors of a microcredential.
    public func setHideEducatorName(_ hide: Bool, for microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws {
        try database.write { tx in try setHideEducatorName(hide, for: microcredentialID, in: organizationID, in: tx) }
    }

    /// Whether the microcredential hides educators' names from its assessors (false until set, and for another organization's).
    public func hidesEducatorName(_ microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> Bool {
        try database.read { try hidesEducatorName(microcredentialID, in: organizationID, in: $0) }
    }

    /// `hidesEducatorName(_:in:)` in the caller's transaction.
    package func hidesEducatorName(_ microcredentialID: Microcredential.ID, in organizationID: Organization.ID,
                                   in tx: any Connection) throws -> Bool {
        try tx.queryOne("""
            SELECT rs.hide_educator_name FROM review_settings rs JOIN microcredentials m ON m.id = rs.microcredential_id
            WHERE rs.microcredential_id = \(microcredentialID) AND m.organization_id = \(organizationID)
            """)?.get("hide_educator_name") ?? false
    }

    /// The organization's microcredentials whose assessors do not see educators' names.
    public func microcredentialsHidingEducatorNames(in organizationID: Organization.ID) throws -> Set<Microcredential.ID> {
        try database.read { tx in
            Set(try tx.query("""
                SELECT rs.microcredential_id FROM review_settings rs JOIN microcredentials m ON m.id = rs.microcredential_id
                WHERE m.organization_id = \(organizationID) AND rs.hide_educator_name = 1
                """).map { try $0.get("microcredential_id", as: Microcredential.ID.self) })
        }
    }

    /// Saves the policy and the name hiding of each microcredential given, in one transaction.
    ///
    /// - Throws: `DatabaseError.notFound` when a microcredential is not the organization's (nothing is saved).
    public func saveReviewSettings(_ policy: ReviewPolicy, hidingEducatorNames hide: [Microcredential.ID: Bool],
                                   in organizationID: Organization.ID) throws {
        try database.write { tx in
            try setPolicy(policy, in: organizationID, in: tx)
            for (microcredentialID, hidden) in hide.sorted(by: { $0.key < $1.key }) {
                try setHideEducatorName(hidden, for: microcredentialID, in: organizationID, in: tx)
            }
        }
    }

    private func setPolicy(_ policy: ReviewPolicy, in organizationID: Organization.ID, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO review_policies (organization_id, not_yet_before_coach, claim_seconds, second_scoring_share)
            VALUES (\(organizationID), \(policy.attempts.notYetBeforeCoach), \(policy.claimDuration), \(policy.secondScoring.share))
            ON CONFLICT (organization_id) DO UPDATE SET not_yet_before_coach = excluded.not_yet_before_coach,
                claim_seconds = excluded.claim_seconds, second_scoring_share = excluded.second_scoring_share
            """)
    }

    private func setHideEducatorName(_ hide: Bool, for microcredentialID: Microcredential.ID, in organizationID: Organization.ID,
                                     in tx: any Connection) throws {
        guard try tx.queryOne("SELECT 1 AS one FROM microcredentials WHERE id = \(microcredentialID) AND organization_id = \(organizationID)") != nil
        else { throw DatabaseError.notFound("microcredential") }
        try tx.execute("""
            INSERT INTO review_settings (microcredential_id, hide_educator_name) VALUES (\(microcredentialID), \(hide))
            ON CONFLICT (microcredential_id) DO UPDATE SET hide_educator_name = excluded.hide_educator_name
            """)
    }
}
