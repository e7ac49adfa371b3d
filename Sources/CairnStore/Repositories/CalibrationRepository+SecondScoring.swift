import Foundation
import CairnCore

/// Blind second scoring: which decided submissions wait for a second score, the pairs of scores,
/// and the designers' resolutions of those that disagree.
extension CalibrationRepository {
    /// The decided submissions an assessor may score a second time, oldest decision first: picked by
    /// `scoring`, of a microcredential they assess, neither theirs nor decided by them, and not scored twice yet.
    public func secondScoringQueue(for assessorID: Person.ID, scoring: SecondScoring, in organizationID: Organization.ID) throws -> [Submission] {
        try database.read { tx in
            let picked = try tx.query("""
                SELECT s.id FROM submissions s
                WHERE s.organization_id = \(organizationID) AND s.state = 'decided' AND s.decided_by <> \(assessorID)
                AND s.educator_id <> \(assessorID)
                AND NOT EXISTS (SELECT 1 FROM second_scores ss WHERE ss.submission_id = s.id)
                AND EXISTS (SELECT 1 FROM assessor_assignments a WHERE a.organization_id = s.organization_id AND a.person_id = \(assessorID)
                            AND a.microcredential_id IN (s.microcredential_id, '*'))
                ORDER BY s.decided_at, s.id
                """).map { try $0.get("id", as: Submission.ID.self) }.filter(scoring.picks)
            let found = try SubmissionRepository(database: database).submissions(Set(picked), in: organizationID, in: tx)
            return picked.compactMap { found[$0] }
        }
    }

    /// The second scores given on a submission, oldest first.
    public func secondScores(of submissionID: Submission.ID, in organizationID: Organization.ID) throws -> [SecondScoring.Score] {
        try database.read { tx in
            try tx.query("""
                SELECT ss.* FROM second_scores ss JOIN submissions s ON s.id = ss.submission_id
                WHERE ss.submission_id = \(submissionID) AND s.organization_id = \(organizationID) ORDER BY ss.scored_at, ss.assessor_id
                """).map { try $0.secondScore() }
        }
    }

    /// Every double-scored submission of a microcredential, oldest second score first, with its
    /// resolution: four queries whatever the number of second scores.
    public func doubleScores(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> [DoubleScore] {
        try database.read { tx in
            let seconds = try tx.query("""
                SELECT ss.* FROM second_scores ss JOIN submissions s ON s.id = ss.submission_id
                WHERE s.microcredential_id = \(microcredentialID) AND s.organization_id = \(organizationID)
                ORDER BY ss.scored_at, ss.submission_id, ss.assessor_id
                """).map { try $0.secondScore() }
            guard !seconds.isEmpty else { return [] }
            let ids = Array(Set(seconds.map(\.submissionID)))
            var reviews: [Submission.ID: Review] = [:]
            for row in try tx.query("SELECT * FROM reviews WHERE submission_id IN (\(list: ids))") {
                let review = try row.review()
                reviews[review.submissionID] = review
            }
            var resolutions: [String: ScoreResolution] = [:]
            for row in try tx.query("SELECT * FROM score_resolutions WHERE submission_id IN (\(list: ids))") {
                let resolution = try row.scoreResolution()
                resolutions[resolution.submissionID.rawValue + " " + resolution.secondAssessorID.rawValue] = resolution
            }
            let submissions = try SubmissionRepository(database: database).submissions(Set(ids), in: organizationID, in: tx)
            return seconds.compactMap { second -> DoubleScore? in
                guard let review = reviews[second.submissionID], let submission = submissions[second.submissionID] else { return nil }
                return DoubleScore(submission: submission, review: review, second: second,
                                   resolution: resolutions[second.submissionID.rawValue + " " + second.assessorID.rawValue])
            }
        }
    }

    /// Records (or replaces) a designer's resolution of a second score.
    ///
    /// - Throws: `DatabaseError.notFound` when the submission has no such second score in the organization.
    public func resolve(_ resolution: ScoreResolution, in organizationID: Organization.ID) throws {
        try database.write { tx in
            guard try tx.queryOne("""
                SELECT 1 AS one FROM second_scores ss JOIN submissions s ON s.id = ss.submission_id
                WHERE ss.submission_id = \(resolution.submissionID) AND ss.assessor_id = \(resolution.secondAssessorID)
                AND s.organization_id = \(organizationID)
                """) != nil else { throw DatabaseError.notFound("second score") }
            try tx.execute("""
                INSERT INTO score_resolutions (submission_id, second_assessor_id, levels_json, note, resolved_by, resolved_at)
                VALUES (\(resolution.submissionID), \(resolution.secondAssessorID), \(try JSONColumn.encode(resolution.levels)),
                        \(resolution.note), \(resolution.resolvedBy), \(resolution.resolvedAt))
                ON CONFLICT (submission_id, second_assessor_id) DO UPDATE SET levels_json = excluded.levels_json, note = excluded.note,
                    resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at
                """)
        }
    }
}

/// Reading second scores and their resolutions.
extension Row {
    func secondScore() throws -> SecondScoring.Score {
        SecondScoring.Score(submissionID: try get("submission_id"), assessorID: try get("assessor_id"),
                            scores: try JSONColumn.decode([String: String].self, self, "scores_json"), scoredAt: try get("scored_at"))
    }

    func scoreResolution() throws -> ScoreResolution {
        ScoreResolution(submissionID: try get("submission_id"), secondAssessorID: try get("second_assessor_id"),
                        levels: try JSONColumn.decode([String: String].self, self, "levels_json"), note: try get("note"),
                        resolvedBy: try get("resolved_by"), resolvedAt: try get("resolved_at"))
    }
}
