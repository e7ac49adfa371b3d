import Foundation
import CairnCore

/// Exemplars with reference scores, assessors' calibration attempts, blind second scores and the
/// rating pairs for agreement; within one organization.
public struct CalibrationRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Marks an exemplar; false when its submission is an exemplar already (nothing changes).
    @discardableResult
    public func add(_ exemplar: Exemplar) throws -> Bool {
        do { return try insert(exemplar) } catch let error as DatabaseError where error.kind == .uniqueViolation {
            return false  // another designer marked the same submission a moment before
        }
    }

    private func insert(_ exemplar: Exemplar) throws -> Bool {
        try database.write { tx in
            let version = try MicrocredentialRepository(database: database).findVersion(exemplar.versionID, in: exemplar.organizationID, in: tx)
            guard version.microcredentialID == exemplar.microcredentialID else { throw DatabaseError.notFound("microcredential version") }
            if let submissionID = exemplar.submissionID,
               try tx.queryOne("SELECT 1 AS one FROM exemplars WHERE submission_id = \(submissionID)") != nil { return false }
            try tx.execute("""
                INSERT INTO exemplars (id, organization_id, microcredential_id, version_id, submission_id, snapshot_json,
                                       reference_scores_json, note, created_by, created_at)
                VALUES (\(exemplar.id), \(exemplar.organizationID), \(exemplar.microcredentialID), \(exemplar.versionID),
                        \(exemplar.submissionID), \(try JSONColumn.encode(exemplar.snapshot)),
                        \(try JSONColumn.encode(exemplar.referenceScores)), \(exemplar.note), \(exemplar.createdBy), \(exemplar.createdAt))
                """)
            return true
        }
    }

    /// A microcredential's exemplars, oldest first.
    public func exemplars(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> [Exemplar] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM exemplars WHERE microcredential_id = \(microcredentialID) AND organization_id = \(organizationID)
                ORDER BY created_at, id
                """).map { try $0.exemplar() }
        }
    }

    /// One exemplar of a microcredential, if it is in the organization.
    public func fetchExemplar(_ id: Exemplar.ID, of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> Exemplar? {
        try database.read { tx in
            try tx.queryOne("""
                SELECT * FROM exemplars WHERE id = \(id) AND microcredential_id = \(microcredentialID) AND organization_id = \(organizationID)
                """)?.exemplar()
        }
    }

    /// Removes an exemplar with the calibration scores given on it.
    ///
    /// - Throws: `DatabaseError.notFound` when the microcredential has no such exemplar in the organization.
    public func removeExemplar(_ id: Exemplar.ID, of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws {
        try database.write { tx in
            let removed = try tx.execute("""
                DELETE FROM exemplars WHERE id = \(id) AND microcredential_id = \(microcredentialID) AND organization_id = \(organizationID)
                """)
            guard removed == 1 else { throw DatabaseError.notFound("exemplar") }
        }
    }

    /// A microcredential's decided submissions, newest decision first: what a designer can mark as exemplars.
    public func exemplarCandidates(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> [Submission] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM submissions WHERE microcredential_id = \(microcredentialID) AND organization_id = \(organizationID)
                AND state = 'decided' ORDER BY decided_at DESC, id
                """).map { try $0.submission() }
        }
    }

    /// The exemplars of a microcredential an assessor has scored.
    public func calibratedExemplarIDs(by assessorID: Person.ID, of microcredentialID: Microcredential.ID,
                                      in organizationID: Organization.ID) throws -> Set<Exemplar.ID> {
        try database.read { tx in
            Set(try tx.query("""
                SELECT e.id FROM exemplars e JOIN calibration_attempts a ON a.exemplar_id = e.id
                WHERE e.microcredential_id = \(microcredentialID) AND e.organization_id = \(organizationID) AND a.assessor_id = \(assessorID)
                """).map { try $0.get("id", as: Exemplar.ID.self) })
        }
    }

    /// Records an assessor's scores of an exemplar and returns where they differed from the reference.
    @discardableResult
    public func calibrate(_ exemplarID: Exemplar.ID, by assessorID: Person.ID, scores: [String: String],
                          in organizationID: Organization.ID, at now: Date) throws -> CalibrationResult {
        try database.write { tx in
            guard let exemplar = try tx.queryOne("SELECT * FROM exemplars WHERE id = \(exemplarID) AND organization_id = \(organizationID)")?.exemplar()
            else { throw DatabaseError.notFound("exemplar") }
            let version = try MicrocredentialRepository(database: database).findVersion(exemplar.versionID, in: organizationID, in: tx)
            let json = try JSONColumn.encode(scores)
            try tx.execute("""
                INSERT INTO calibration_attempts (exemplar_id, assessor_id, scores_json, scored_at) VALUES (\(exemplarID), \(assessorID), \(json), \(now))
                ON CONFLICT (exemplar_id, assessor_id) DO UPDATE SET scores_json = excluded.scores_json, scored_at = excluded.scored_at
                """)
            return exemplar.compare(scores, rubric: version.design.rubric)
        }
    }

    /// Whether an assessor has scored every exemplar of a microcredential (true when there are none).
    public func hasCalibrated(_ assessorID: Person.ID, for microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> Bool {
        try database.read { tx in
            try tx.queryOne("""
                SELECT 1 AS one FROM exemplars e WHERE e.microcredential_id = \(microcredentialID) AND e.organization_id = \(organizationID)
                AND NOT EXISTS (SELECT 1 FROM calibration_attempts a WHERE a.exemplar_id = e.id AND a.assessor_id = \(assessorID))
                """) == nil
        }
    }

    /// Records the one blind second score of a decided submission.
    ///
    /// - Throws: `ReviewError.assessorIsAuthor` for the educator; `.notAnAssessor` for the first
    ///   assessor; `.notOpenForSecondScoring` unless it is decided and nobody scored it again yet.
    public func recordSecondScore(_ score: SecondScoring.Score, in organizationID: Organization.ID) throws {
        try database.write { tx in
            if tx.engine == .postgres {
                // SQLite serializes every write already; PostgreSQL locks the submission's row, so of two
                // assessors scoring at once one finds the other's score.
                _ = try tx.queryOne("SELECT id FROM submissions WHERE id = \(score.submissionID) AND organization_id = \(organizationID) FOR UPDATE")
            }
            let submission = try SubmissionRepository(database: database).find(score.submissionID, in: organizationID, in: tx)
            guard score.assessorID != submission.educatorID else { throw ReviewError.assessorIsAuthor }
            guard case .decided(_, let first, _) = submission.state else { throw ReviewError.notOpenForSecondScoring }
            guard first != score.assessorID else { throw ReviewError.notAnAssessor }
            guard try tx.queryOne("SELECT 1 AS one FROM second_scores WHERE submission_id = \(score.submissionID)") == nil
            else { throw ReviewError.notOpenForSecondScoring }
            try insert(score, in: tx)
        }
    }

    /// Writes a blind second score as it is, with its submission's organization; no rule is checked.
    func insert(_ score: SecondScoring.Score, in tx: any Connection) throws {
        let inserted = try tx.execute("""
            INSERT INTO second_scores (submission_id, assessor_id, organization_id, scores_json, scored_at)
            SELECT \(score.submissionID), \(score.assessorID), s.organization_id, \(try JSONColumn.encode(score.scores)), \(score.scoredAt)
            FROM submissions s WHERE s.id = \(score.submissionID)
            """)
        guard inserted == 1 else { throw DatabaseError.notFound("submission") }
    }

    /// One pair per criterion of every double-scored submission: the review's level, then the
    /// second assessor's, who gave it. Optionally one microcredential.
    public func agreementPairs(in organizationID: Organization.ID, microcredentialID: Microcredential.ID? = nil) throws -> [Agreement.Pair] {
        try agreementPairsByMicrocredential(in: organizationID).flatMap { microcredential, pairs in
            microcredentialID == nil || microcredential == microcredentialID ? pairs : []
        }
    }

    /// The agreement pairs of each double-scored submission with its microcredential, in submission
    /// order; each pair names both assessors (criterion ids are a design's own: compare them within a microcredential).
    public func agreementPairsByMicrocredential(in organizationID: Organization.ID) throws -> [(Microcredential.ID, [Agreement.Pair])] {
        try database.read { try decodedAgreementPairs(in: organizationID, in: $0) }
    }

    /// A text that changes whenever the organization's second scores do (their count and latest
    /// time; reviews and second scores are never changed once written).
    ///
    /// Asked apart, the latest time is one step down the index; beside the count in one aggregate,
    /// it was compared on every row the count walks (310 µs instead of 130 on a district).
    public func secondScoreStamp(in organizationID: Organization.ID) throws -> String {
        try database.read { tx in
            try tx.queryOne("""
                SELECT (SELECT COUNT(*) FROM second_scores WHERE organization_id = \(organizationID)) AS n,
                       (SELECT MAX(scored_at) FROM second_scores WHERE organization_id = \(organizationID)) AS latest
                """).map { "\(try $0.get("n", as: Int.self))-\(try $0.get("latest", as: Date?.self)?.timeIntervalSince1970 ?? 0)" } ?? ""
        }
    }

    private func decodedAgreementPairs(in organizationID: Organization.ID, in tx: any Connection) throws
        -> [(Microcredential.ID, [Agreement.Pair])] {
            try tx.query("""
                SELECT r.scores_json AS first_json, r.assessor_id AS first_assessor, ss.scores_json AS second_json,
                       ss.assessor_id AS second_assessor, s.microcredential_id AS microcredential_id
                FROM second_scores ss JOIN submissions s ON s.id = ss.submission_id JOIN reviews r ON r.submission_id = s.id
                WHERE s.organization_id = \(organizationID)
                ORDER BY s.submitted_at, s.id, ss.assessor_id
                """).map { row in
                let first = try JSONColumn.decode([ScoreEntry].self, row, "first_json")
                let second = try JSONColumn.decode([String: String].self, row, "second_json")
                let firstAssessor: Person.ID = try row.get("first_assessor")
                let assessor: Person.ID = try row.get("second_assessor")
                let pairs = first.compactMap { entry in
                    second[entry.criterionID].map {
                        Agreement.Pair(criterionID: entry.criterionID, assessorID: assessor, first: entry.levelID, second: $0,
                                       firstAssessorID: firstAssessor)
                    }
                }
                return (try row.get("microcredential_id", as: Microcredential.ID.self), pairs)
            }
    }

    /// How many submissions were scored twice.
    public func doubleScoredCount(in organizationID: Organization.ID) throws -> Int {
        try database.read { tx in
            try tx.queryOne("""
                SELECT COUNT(DISTINCT ss.submission_id) AS n FROM second_scores ss JOIN submissions s ON s.id = ss.submission_id
                WHERE s.organization_id = \(organizationID)
                """)?.get("n") ?? 0
        }
    }
}
