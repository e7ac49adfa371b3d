import CairnCore

extension CalibrationRepository {
    /// How many exemplars each of these microcredentials has (none: left out), in one query.
    public func exemplarCounts(of microcredentialIDs: [Microcredential.ID], in organizationID: Organization.ID) throws
        -> [Microcredential.ID: Int] {
        try database.read { try exemplarCounts(of: microcredentialIDs, in: organizationID, in: $0) }
    }

    /// `exemplarCounts(of:in:)` in the caller's transaction.
    package func exemplarCounts(of microcredentialIDs: [Microcredential.ID], in organizationID: Organization.ID,
                                in tx: any Connection) throws -> [Microcredential.ID: Int] {
        guard !microcredentialIDs.isEmpty else { return [:] }
        do {
            var counts: [Microcredential.ID: Int] = [:]
            for row in try tx.query("""
                SELECT microcredential_id, COUNT(*) AS exemplars FROM exemplars
                WHERE organization_id = \(organizationID) AND microcredential_id IN (\(list: microcredentialIDs))
                GROUP BY microcredential_id
                """) { counts[try row.get("microcredential_id")] = try row.get("exemplars", as: Int.self) }
            return counts
        }
    }

    /// Those of these microcredentials with an exemplar the assessor has not scored yet, in one query
    /// (`hasCalibrated` is false for exactly these).
    public func uncalibrated(_ assessorID: Person.ID, of microcredentialIDs: [Microcredential.ID],
                             in organizationID: Organization.ID) throws -> Set<Microcredential.ID> {
        try database.read { try uncalibrated(assessorID, of: microcredentialIDs, in: organizationID, in: $0) }
    }

    /// `uncalibrated(_:of:in:)` in the caller's transaction.
    package func uncalibrated(_ assessorID: Person.ID, of microcredentialIDs: [Microcredential.ID],
                              in organizationID: Organization.ID, in tx: any Connection) throws -> Set<Microcredential.ID> {
        guard !microcredentialIDs.isEmpty else { return [] }
        do {
            return Set(try tx.query("""
                SELECT DISTINCT e.microcredential_id FROM exemplars e
                WHERE e.organization_id = \(organizationID) AND e.microcredential_id IN (\(list: microcredentialIDs))
                AND NOT EXISTS (SELECT 1 FROM calibration_attempts a WHERE a.exemplar_id = e.id AND a.assessor_id = \(assessorID))
                """).map { try $0.get("microcredential_id", as: Microcredential.ID.self) })
        }
    }
}
