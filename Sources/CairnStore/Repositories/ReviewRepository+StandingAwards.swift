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
        try tx.queryOne(Self.standingAwards(of: educatorID, in: organizationID, at: now)
                        + " AND a.microcredential_id = \(microcredentialID) ORDER BY a.decided_at DESC, c.issued_at DESC LIMIT 1")
            .map(Self.standingAward)
    }

    /// The educator's standing award of each microcredential they hold at `now` (the newest where several
    /// stand), by microcredential, in one query: what the catalog marks as held.
    package func standingAwards(of educatorID: Person.ID, in organizationID: Organization.ID, at now: Date,
                                in tx: any Connection) throws -> [Microcredential.ID: StandingAward] {
        var awards: [Microcredential.ID: StandingAward] = [:]
        for row in try tx.query(Self.standingAwards(of: educatorID, in: organizationID, at: now)
                                + " ORDER BY a.decided_at DESC, c.issued_at DESC") {
            let microcredentialID: Microcredential.ID = try row.get("microcredential_id")
            if awards[microcredentialID] == nil { awards[microcredentialID] = try Self.standingAward(row) }
        }
        return awards
    }

    /// The rule itself: the educator's awards that stand at `now`, with a credential neither revoked nor expired
    /// or from before credentials were issued; callers add the microcredential and the order.
    private static func standingAwards(of educatorID: Person.ID, in organizationID: Organization.ID, at now: Date) -> SQL {
        """
        SELECT a.id AS award_id, a.microcredential_id, c.id AS credential_id, c.valid_until
        FROM awards a LEFT JOIN credentials c ON c.award_id = a.id AND c.status <> 'revoked'
        WHERE a.organization_id = \(organizationID) AND a.educator_id = \(educatorID)
          AND (c.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM credentials x WHERE x.award_id = a.id))
          AND (c.valid_until IS NULL OR c.valid_until > \(now))
        """
    }

    private static func standingAward(_ row: Row) throws -> StandingAward {
        StandingAward(awardID: try row.get("award_id"), credentialID: try row.get("credential_id"), validUntil: try row.get("valid_until"))
    }
}
