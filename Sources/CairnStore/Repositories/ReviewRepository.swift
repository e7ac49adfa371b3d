import Foundation
import CairnCore

/// Reviews, decisions and awards, and the video comments with their threads; within one organization.
public struct ReviewRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Judges a claimed submission against its version's rubric and records the review, the
    /// decision and, when earned outside a pilot, the award: all or nothing.
    ///
    /// - Throws: `ReviewError` (claim, rubric, justification); `DatabaseError.notFound` for another organization's submission.
    @discardableResult
    public func decide(_ submissionID: Submission.ID, by assessorID: Person.ID, scores: [ScoreEntry], summary: String = "",
                       override: Review.Override? = nil, in organizationID: Organization.ID, at now: Date,
                       reviewID: Review.ID = .generate(), awardID: Award.ID = .generate()) throws -> (Review, Award?) {
        let recorded = try database.write { tx in
            try decide(submissionID, by: assessorID, scores: scores, summary: summary, override: override, in: organizationID,
                       at: now, reviewID: reviewID, awardID: awardID, in: tx)
        }
        return (recorded.review, recorded.award)
    }

    /// What a recorded decision wrote, and what it read to write it.
    package struct RecordedDecision: Sendable {
        package let review: Review
        package let award: Award?
        /// The submission as it was read before the decision.
        package let submission: Submission
        package let version: MicrocredentialVersion
        package let enrollment: Enrollment
    }

    /// `decide` in the caller's transaction, returning what it read too (for what follows a decision in the same transaction).
    package func decide(_ submissionID: Submission.ID, by assessorID: Person.ID, scores: [ScoreEntry], summary: String,
                        override: Review.Override?, in organizationID: Organization.ID, at now: Date,
                        reviewID: Review.ID = .generate(), awardID: Award.ID = .generate(), in tx: any Connection) throws -> RecordedDecision {
        let submission = try SubmissionRepository(database: database).find(submissionID, in: organizationID, in: tx)
        let version = try MicrocredentialRepository(database: database).findVersion(submission.versionID, in: organizationID, in: tx)
        let review = try Review.make(id: reviewID, of: submission, by: assessorID, scores: scores, summary: summary,
                                     override: override, rubric: version.design.rubric, at: now)
        // A pilot attempt is reviewed for the pilot report; it earns no credential.
        let enrollment = try EnrollmentRepository(database: database).find(submission.enrollmentID, in: organizationID, in: tx)
        let award = enrollment.isPilot ? nil : Award.make(id: awardID, for: review, of: submission, version: version)
        try record(review, award: award, in: organizationID, at: now, in: tx)
        return RecordedDecision(review: review, award: award, submission: submission, version: version, enrollment: enrollment)
    }

    /// Saves a review, the submission's decision and the award (when given) in the caller's transaction.
    ///
    /// The decision is a conditional UPDATE: only the assessor holding a running claim can decide.
    package func record(_ review: Review, award: Award?, in organizationID: Organization.ID, at now: Date, in tx: any Connection) throws {
        let updated = try tx.execute("""
            UPDATE submissions SET state = 'decided', decision = \(review.decision), decided_by = \(review.assessorID),
                decided_at = \(review.decidedAt), claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL
            WHERE id = \(review.submissionID) AND organization_id = \(organizationID) AND state = 'claimed'
            AND claimed_by = \(review.assessorID) AND claim_expires_at > \(now)
            """)
        let submission = try SubmissionRepository(database: database).find(review.submissionID, in: organizationID, in: tx)
        if updated == 0 {
            try submission.checkDecidable(by: review.assessorID, at: now)
            throw ReviewError.notClaimedByYou
        }
        try insert(review, award: award, in: tx)
        try EnrollmentRepository(database: database).refreshProgress(of: submission.enrollmentID, in: tx)
    }

    /// Writes a review and its award (closing the enrollment) as they are; the submission's row is the caller's.
    func insert(_ review: Review, award: Award?, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO reviews (id, submission_id, assessor_id, scores_json, summary, computed_decision, override_decision,
                                 override_justification, decided_at)
            VALUES (\(review.id), \(review.submissionID), \(review.assessorID), \(try JSONColumn.encode(review.scores)), \(review.summary),
                    \(review.computedDecision), \(review.override?.decision), \(review.override?.justification), \(review.decidedAt))
            """)
        if let award { try insert(award, in: tx) }
    }

    /// Writes an award as it is; a decision's award closes the enrollment of its submission.
    package func insert(_ award: Award, in tx: any Connection) throws {
        let payload = AwardPayload(versionNumber: award.versionNumber, title: award.title, results: award.results,
                                   evidenceHashes: award.evidenceHashes, narrative: award.narrative)
        try tx.execute("""
            INSERT INTO awards (id, organization_id, submission_id, educator_id, microcredential_id, version_id, assessor_id,
                                award_json, decided_at)
            VALUES (\(award.id), \(award.organizationID), \(award.submissionID), \(award.educatorID), \(award.microcredentialID),
                    \(award.versionID), \(award.assessorID), \(try JSONColumn.encode(payload)), \(award.decidedAt))
            """)
        if let submissionID = award.submissionID {
            try tx.execute("""
                UPDATE enrollments SET closed_at = \(award.decidedAt), last_activity_at = \(award.decidedAt)
                WHERE id = (SELECT enrollment_id FROM submissions WHERE id = \(submissionID))
                """)
        }
    }

    /// Makes the caller's transaction the only one awarding `microcredentialID` to `educatorID` until it ends, so that
    /// checking what they hold and awarding cannot interleave with another's: a transaction-scoped advisory lock on
    /// PostgreSQL; SQLite's one writer already takes turns.
    package func lockAwarding(_ microcredentialID: Microcredential.ID, to educatorID: Person.ID, in tx: any Connection) throws {
        guard tx.engine == .postgres else { return }
        try tx.execute("SELECT pg_advisory_xact_lock(hashtext(\("award " + educatorID.rawValue + " " + microcredentialID.rawValue)))")
    }

    /// The review of a submission, once decided.
    public func review(of submissionID: Submission.ID, in organizationID: Organization.ID) throws -> Review? {
        try database.read { tx in
            try tx.queryOne("""
                SELECT r.* FROM reviews r JOIN submissions s ON s.id = r.submission_id
                WHERE r.submission_id = \(submissionID) AND s.organization_id = \(organizationID)
                """)?.review()
        }
    }

    /// The award of a submission, when it was earned.
    public func award(for submissionID: Submission.ID, in organizationID: Organization.ID) throws -> Award? {
        try database.read { tx in
            try tx.queryOne("SELECT * FROM awards WHERE submission_id = \(submissionID) AND organization_id = \(organizationID)")?.award()
        }
    }

    /// An award by its id, in its organization.
    public func award(_ id: Award.ID, in organizationID: Organization.ID) throws -> Award? {
        try database.read { tx in try award(id, in: organizationID, in: tx) }
    }

    package func award(_ id: Award.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Award? {
        try tx.queryOne("SELECT * FROM awards WHERE id = \(id) AND organization_id = \(organizationID)")?.award()
    }

    /// An organization's latest awards, newest first.
    public func latestAwards(in organizationID: Organization.ID, limit: Int) throws -> [Award] {
        try database.read { tx in
            try tx.query("SELECT * FROM awards WHERE organization_id = \(organizationID) ORDER BY decided_at DESC, id LIMIT \(limit)")
                .map { try $0.award() }
        }
    }

    /// An educator's awards, oldest first.
    public func awards(of educatorID: Person.ID, in organizationID: Organization.ID) throws -> [Award] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM awards WHERE educator_id = \(educatorID) AND organization_id = \(organizationID) ORDER BY decided_at, id
                """).map { try $0.award() }
        }
    }

    /// The decisions of an enrollment's attempts, first attempt first (for `AttemptPolicy`).
    public func decisions(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID) throws -> [Decision] {
        try database.read { try decisions(of: enrollmentID, in: organizationID, in: $0) }
    }

    /// `decisions(of:in:)` in the caller's transaction.
    package func decisions(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> [Decision] {
        try tx.query("""
            SELECT decision FROM submissions WHERE enrollment_id = \(enrollmentID) AND organization_id = \(organizationID)
            AND state = 'decided' ORDER BY attempt
            """).map { try $0.get("decision") }
    }

    /// The scores of a version's decided pilot submissions (criterion id → level id), for `PilotRepository.report`.
    public func pilotScores(for versionID: MicrocredentialVersion.ID, in organizationID: Organization.ID) throws -> [[String: String]] {
        try database.read { tx in
            try tx.query("""
                SELECT r.* FROM reviews r JOIN submissions s ON s.id = r.submission_id JOIN enrollments e ON e.id = s.enrollment_id
                WHERE s.version_id = \(versionID) AND s.organization_id = \(organizationID) AND e.is_pilot = 1
                ORDER BY r.decided_at, r.id
                """).map { try $0.review().levels }
        }
    }

    // MARK: Video comments

    /// Adds a comment on a video of the submission.
    ///
    /// - Throws: `ReviewError.invalidComment` when the submission has no video with that hash.
    public func add(_ comment: VideoComment, in organizationID: Organization.ID) throws {
        try database.write { tx in
            let submission = try SubmissionRepository(database: database).find(comment.submissionID, in: organizationID, in: tx)
            guard submission.snapshot.items.contains(where: { $0.files.contains { $0.sha256 == comment.fileSHA256 && $0.isVideo } })
            else { throw ReviewError.invalidComment }
            try insert(comment, in: tx)
        }
    }

    /// Writes a video comment as it is; no rule is checked.
    func insert(_ comment: VideoComment, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO video_comments (id, submission_id, file_sha256, start_seconds, end_seconds, text, criterion_id, author_id, created_at)
            VALUES (\(comment.id), \(comment.submissionID), \(comment.fileSHA256), \(comment.startSeconds), \(comment.endSeconds),
                    \(comment.text), \(comment.criterionID), \(comment.authorID), \(comment.createdAt))
            """)
    }

    /// Adds a reply to a comment's thread.
    public func add(_ reply: CommentReply, in organizationID: Organization.ID) throws {
        try database.write { tx in
            guard try tx.queryOne("""
                SELECT 1 AS one FROM video_comments c JOIN submissions s ON s.id = c.submission_id
                WHERE c.id = \(reply.commentID) AND s.organization_id = \(organizationID)
                """) != nil else { throw DatabaseError.notFound("video comment") }
            try tx.execute("""
                INSERT INTO comment_replies (id, comment_id, author_id, text, created_at)
                VALUES (\(reply.id), \(reply.commentID), \(reply.authorID), \(reply.text), \(reply.createdAt))
                """)
        }
    }

    /// A submission's video comments by time, each with its replies oldest first.
    public func comments(on submissionID: Submission.ID, in organizationID: Organization.ID) throws -> [VideoComment] {
        try comments(on: [submissionID], in: organizationID)[submissionID] ?? []
    }
}
