import Foundation
import CairnCore

/// The rule that a microcredential is earned once while its award stands (`StandingAward`), read where it is enforced.
extension ReviewRepository {
    /// The educator's award of the microcredential that stands at `now`, if any: one with a credential neither
    /// revoked nor expired (the newest such), or one stored before credentials were issued.
    public func standingAward(of educatorID: Person.ID, for microcredentialID: Microcredential.ID, in organizationID: Organization.ID,
                              at now: Date) throws -> StandingAward? {
        try database.read { try standingAward(of: educatorID, for: microcredentialID, in: organizationID, at: now, in: $0) }
    }

    /// `standingAward(of:for:in:at:)` in the caller's transaction; call `lockAwarding` first when an award may follow.
    package func standingAward(of educatorID: Person.ID, for microcredentialID: Microcredential.ID, in organizationID: Organization.ID,
                               at now: Date, in tx: any Connection) throws -> StandingAward? {
        try tx.queryOne("""
            SELECT a.id AS award_id, c.id AS credential_id, c.valid_until
            FROM awards a LEFT JOIN credentials c ON c.award_id = a.id AND c.status <> 'revoked'
            WHERE a.organization_id = \(organizationID) AND a.educator_id = \(educatorID) AND a.microcredential_id = \(microcredentialID)
              AND (c.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM credentials x WHERE x.award_id = a.id))
              AND (c.valid_until IS NULL OR c.valid_until > \(now))
            ORDER BY a.decided_at DESC, c.issued_at DESC
            LIMIT 1
            """).map { row in
            StandingAward(awardID: try row.get("award_id"), credentialID: try row.get("credential_id"), validUntil: try row.get("valid_until"))
        }
    }
}
