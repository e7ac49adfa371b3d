import Foundation
import CairnCore

/// Submissions: freezing the evidence, the assessors' queue and atomic claims; within one organization.
public struct SubmissionRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Submits an enrollment's workspace as its next attempt, in one transaction.
    ///
    /// - Throws: `EnrollmentError.incomplete` with the completeness problems, `.cannotSubmit` while an
    ///   attempt waits or is under review or once earned; `DatabaseError.notFound` for another organization's enrollment.
    @discardableResult
    public func submit(_ enrollmentID: Enrollment.ID, in organizationID: Organization.ID, id: Submission.ID = .generate(),
                       at now: Date) throws -> Submission {
        try database.write { tx in
            let enrollments = EnrollmentRepository(database: database)
            let enrollment = try enrollments.find(enrollmentID, in: organizationID, in: tx)
            let version = try MicrocredentialRepository(database: database).findVersion(enrollment.versionID, in: organizationID, in: tx)
            let previous = try tx.query("SELECT * FROM submissions WHERE enrollment_id = \(enrollmentID)").map { try $0.submission() }
            let submission = try Submission.submit(id: id, enrollment, workspace: try enrollments.workspace(of: enrollmentID, in: organizationID, in: tx),
                                                   design: version.design, previous: previous, at: now)
            try tx.execute("""
                INSERT INTO submissions (id, organization_id, enrollment_id, educator_id, microcredential_id, version_id, attempt,
                                         snapshot_json, submitted_at, state)
                VALUES (\(submission.id), \(organizationID), \(enrollmentID), \(submission.educatorID), \(submission.microcredentialID),
                        \(submission.versionID), \(submission.attempt), \(try JSONColumn.encode(submission.snapshot)), \(now), 'awaiting')
                """)
            try tx.execute("UPDATE enrollments SET last_activity_at = \(now) WHERE id = \(enrollmentID)")
            return submission
        }
    }

    public func fetch(_ id: Submission.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Submission? {
        try tx.queryOne("SELECT * FROM submissions WHERE id = \(id) AND organization_id = \(organizationID)")?.submission()
    }

    public func fetch(_ id: Submission.ID, in organizationID: Organization.ID) throws -> Submission? {
        try database.read { try fetch(id, in: organizationID, in: $0) }
    }

    public func find(_ id: Submission.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Submission {
        guard let submission = try fetch(id, in: organizationID, in: tx) else { throw DatabaseError.notFound("submission") }
        return submission
    }

    public func find(_ id: Submission.ID, in organizationID: Organization.ID) throws -> Submission {
        try database.read { try find(id, in: organizationID, in: $0) }
    }

    /// Every attempt of an enrollment, first attempt first.
    public func submissions(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID) throws -> [Submission] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM submissions WHERE enrollment_id = \(enrollmentID) AND organization_id = \(organizationID) ORDER BY attempt
                """).map { try $0.submission() }
        }
    }

    // MARK: Who may assess

    /// Lets a person assess one microcredential, or every microcredential of the organization (nil).
    public func addAssessor(_ personID: Person.ID, for microcredentialID: Microcredential.ID?, in organizationID: Organization.ID) throws {
        try database.write { tx in
            if let microcredentialID { _ = try MicrocredentialRepository(database: database).find(microcredentialID, in: organizationID) }
            try tx.execute("""
                INSERT INTO assessor_assignments (organization_id, person_id, microcredential_id)
                VALUES (\(organizationID), \(personID), \(microcredentialID?.rawValue ?? "*")) ON CONFLICT DO NOTHING
                """)
        }
    }

    /// Whether a person may review a microcredential's submissions (assigned to it, or organization-wide).
    public func mayAssess(_ personID: Person.ID, _ microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> Bool {
        try database.read { tx in
            try tx.queryOne("""
                SELECT 1 AS one FROM assessor_assignments WHERE organization_id = \(organizationID) AND person_id = \(personID)
                AND microcredential_id IN (\(microcredentialID.rawValue), '*')
                """) != nil
        }
    }

    /// Hides (or shows) educators' names to the assessors of a microcredential.
    public func setHideEducatorName(_ hide: Bool, for microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws {
        try database.write { tx in
            guard try tx.queryOne("SELECT 1 AS one FROM microcredentials WHERE id = \(microcredentialID) AND organization_id = \(organizationID)") != nil
            else { throw DatabaseError.notFound("microcredential") }
            try tx.execute("""
                INSERT INTO review_settings (microcredential_id, hide_educator_name) VALUES (\(microcredentialID), \(hide))
                ON CONFLICT (microcredential_id) DO UPDATE SET hide_educator_name = excluded.hide_educator_name
                """)
        }
    }

    /// Whether the microcredential hides educators' names from its assessors (false until set, and for another organization's).
    public func hidesEducatorName(_ microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> Bool {
        try database.read { tx in
            try tx.queryOne("""
                SELECT rs.hide_educator_name FROM review_settings rs JOIN microcredentials m ON m.id = rs.microcredential_id
                WHERE rs.microcredential_id = \(microcredentialID) AND m.organization_id = \(organizationID)
                """)?.get("hide_educator_name") ?? false
        }
    }

    /// The organization's review policy (the standard one until set).
    public func policy(in organizationID: Organization.ID) throws -> ReviewPolicy {
        try database.read { tx in
            guard let row = try tx.queryOne("SELECT * FROM review_policies WHERE organization_id = \(organizationID)") else { return .standard }
            return ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: try row.get("not_yet_before_coach")),
                                claimDuration: try row.get("claim_seconds"), secondScoring: SecondScoring(share: try row.get("second_scoring_share")))
        }
    }

    public func setPolicy(_ policy: ReviewPolicy, in organizationID: Organization.ID) throws {
        try database.write { tx in
            try tx.execute("""
                INSERT INTO review_policies (organization_id, not_yet_before_coach, claim_seconds, second_scoring_share)
                VALUES (\(organizationID), \(policy.attempts.notYetBeforeCoach), \(policy.claimDuration), \(policy.secondScoring.share))
                ON CONFLICT (organization_id) DO UPDATE SET not_yet_before_coach = excluded.not_yet_before_coach,
                    claim_seconds = excluded.claim_seconds, second_scoring_share = excluded.second_scoring_share
                """)
        }
    }

    // MARK: Queue and claims

    /// The submissions an assessor may take now, oldest first, with their age: those of the
    /// microcredentials they assess, waiting or with an expired claim, plus the ones they hold; never their own.
    public func queue(for assessorID: Person.ID, in organizationID: Organization.ID, at now: Date) throws -> [QueueEntry] {
        try database.read { tx in
            try tx.query("""
                SELECT s.*, p.display_name AS educator_name, COALESCE(rs.hide_educator_name, 0) AS hide_name
                FROM submissions s JOIN people p ON p.id = s.educator_id
                LEFT JOIN review_settings rs ON rs.microcredential_id = s.microcredential_id
                WHERE s.organization_id = \(organizationID) AND s.educator_id <> \(assessorID)
                AND (s.state = 'awaiting' OR (s.state = 'claimed' AND (s.claim_expires_at <= \(now) OR s.claimed_by = \(assessorID))))
                AND EXISTS (SELECT 1 FROM assessor_assignments a WHERE a.organization_id = s.organization_id AND a.person_id = \(assessorID)
                            AND a.microcredential_id IN (s.microcredential_id, '*'))
                ORDER BY s.submitted_at, s.id
                """).map { row in
                try row.submission().queueEntry(educatorName: try row.get("educator_name"), hideEducatorName: try row.get("hide_name"), at: now)
            }
        }
    }

    /// Claims a submission for an assessor with one conditional UPDATE: of concurrent claims exactly
    /// one wins. An expired claim is taken over; the assessor's own claim is renewed.
    ///
    /// - Throws: `ReviewError.claimedByAnother`, `.alreadyDecided`, `.assessorIsAuthor`,
    ///   `.notAnAssessor`; `DatabaseError.notFound` for a submission of another organization.
    @discardableResult
    public func claim(_ id: Submission.ID, by assessorID: Person.ID, in organizationID: Organization.ID, at now: Date,
                      for duration: TimeInterval = Claim.defaultDuration) throws -> Submission {
        try database.write { tx in
            let updated = try tx.execute("""
                UPDATE submissions SET state = 'claimed', claimed_by = \(assessorID), claimed_at = \(now),
                    claim_expires_at = \(now.addingTimeInterval(duration))
                WHERE id = \(id) AND organization_id = \(organizationID) AND educator_id <> \(assessorID)
                AND (state = 'awaiting' OR (state = 'claimed' AND (claim_expires_at <= \(now) OR claimed_by = \(assessorID))))
                AND EXISTS (SELECT 1 FROM assessor_assignments a WHERE a.organization_id = submissions.organization_id
                            AND a.person_id = \(assessorID) AND a.microcredential_id IN (submissions.microcredential_id, '*'))
                """)
            let submission = try find(id, in: organizationID, in: tx)
            guard updated == 0 else { return submission }
            var copy = submission
            try copy.claim(by: assessorID, at: now, for: duration)  // throws the reason when the state refuses it
            throw ReviewError.notAnAssessor
        }
    }

    /// Gives a claim back to the queue.
    public func release(_ id: Submission.ID, by assessorID: Person.ID, in organizationID: Organization.ID, at now: Date) throws {
        try database.write { tx in
            let updated = try tx.execute("""
                UPDATE submissions SET state = 'awaiting', claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL
                WHERE id = \(id) AND organization_id = \(organizationID) AND state = 'claimed' AND claimed_by = \(assessorID)
                AND claim_expires_at > \(now)
                """)
            if updated == 0 {
                _ = try find(id, in: organizationID, in: tx)
                throw ReviewError.notClaimedByYou
            }
        }
    }
}
