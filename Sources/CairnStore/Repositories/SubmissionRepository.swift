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
            try insert(submission, in: tx)
            try tx.execute("UPDATE enrollments SET last_activity_at = \(now) WHERE id = \(enrollmentID)")
            try enrollments.refreshProgress(of: enrollmentID, in: tx)
            return submission
        }
    }

    /// Writes a submission's row with its state (waiting, claimed or decided) as it is; no rule is checked.
    func insert(_ submission: Submission, in tx: any Connection) throws {
        var state = "awaiting", claim: Claim?, decision: Decision?, decidedBy: Person.ID?, decidedAt: Date?
        switch submission.state {
        case .awaitingReview: break
        case .claimed(let held): state = "claimed"; claim = held
        case .decided(let decided, let by, let at): state = "decided"; decision = decided; decidedBy = by; decidedAt = at
        }
        try tx.execute("""
            INSERT INTO submissions (id, organization_id, enrollment_id, educator_id, microcredential_id, version_id, attempt,
                                     snapshot_json, submitted_at, state, claimed_by, claimed_at, claim_expires_at, decision, decided_by, decided_at)
            VALUES (\(submission.id), \(submission.organizationID), \(submission.enrollmentID), \(submission.educatorID),
                    \(submission.microcredentialID), \(submission.versionID), \(submission.attempt), \(try JSONColumn.encode(submission.snapshot)),
                    \(submission.submittedAt), \(state), \(claim?.assessorID), \(claim?.claimedAt), \(claim?.expiresAt), \(decision),
                    \(decidedBy), \(decidedAt))
            """)
    }

    package func fetch(_ id: Submission.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Submission? {
        try tx.queryOne("SELECT * FROM submissions WHERE id = \(id) AND organization_id = \(organizationID)")?.submission()
    }

    public func fetch(_ id: Submission.ID, in organizationID: Organization.ID) throws -> Submission? {
        try database.read { try fetch(id, in: organizationID, in: $0) }
    }

    package func find(_ id: Submission.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Submission {
        guard let submission = try fetch(id, in: organizationID, in: tx) else { throw DatabaseError.notFound("submission") }
        return submission
    }

    public func find(_ id: Submission.ID, in organizationID: Organization.ID) throws -> Submission {
        try database.read { try find(id, in: organizationID, in: $0) }
    }

    /// Every attempt of an enrollment, first attempt first.
    public func submissions(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID) throws -> [Submission] {
        try database.read { try submissions(of: enrollmentID, in: organizationID, in: $0) }
    }

    /// `submissions(of:in:)` in the caller's transaction.
    package func submissions(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> [Submission] {
        try tx.query("""
            SELECT * FROM submissions WHERE enrollment_id = \(enrollmentID) AND organization_id = \(organizationID) ORDER BY attempt
            """).map { try $0.submission() }
    }

    // MARK: Who may assess

    /// Lets a person assess one microcredential, or every microcredential of the organization (nil).
    public func addAssessor(_ personID: Person.ID, for microcredentialID: Microcredential.ID?, in organizationID: Organization.ID) throws {
        try database.write { tx in
            if let microcredentialID { _ = try MicrocredentialRepository(database: database).find(microcredentialID, in: organizationID) }
            try insertAssignment(personID, for: microcredentialID, in: organizationID, in: tx)
        }
    }

    /// Writes one assessor assignment (nil: every microcredential); an existing one is kept.
    func insertAssignment(_ personID: Person.ID, for microcredentialID: Microcredential.ID?, in organizationID: Organization.ID,
                          in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO assessor_assignments (organization_id, person_id, microcredential_id)
            VALUES (\(organizationID), \(personID), \(microcredentialID?.rawValue ?? "*")) ON CONFLICT DO NOTHING
            """)
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

    // MARK: Queue and claims

    /// The assessor's queue in the organization at `now`: their running claims, the `listing`
    /// longest-waiting submissions they may claim (never their own work), and how many wait in all.
    public func queue(for assessorID: Person.ID, in organizationID: Organization.ID, at now: Date, listing: Int = 50) throws -> AssessorQueue {
        try database.read { try queue(for: assessorID, in: organizationID, at: now, listing: listing, in: $0) }
    }

    /// `queue(for:in:at:listing:)` in the caller's transaction, in three queries whatever the queue's
    /// length: the rows are picked (and, when the list is full, counted) from the covering index
    /// before any join.
    package func queue(for assessorID: Person.ID, in organizationID: Organization.ID, at now: Date, listing: Int, in tx: any Connection) throws
        -> AssessorQueue {
        let assigned: [String] = try tx.query("""
            SELECT microcredential_id FROM assessor_assignments WHERE organization_id = \(organizationID) AND person_id = \(assessorID)
            """).map { try $0.get("microcredential_id") }
        guard !assigned.isEmpty else { return AssessorQueue(claimed: [], waiting: [], waitingCount: 0) }
        // Assigned to a few microcredentials: look among theirs only (submissions_by_microcredential),
        // not among every waiting submission of the organization.
        let scope: SQL = assigned.contains("*") ? "" : " AND microcredential_id IN (\(list: assigned))"
        let open: SQL = "organization_id = \(organizationID) AND state IN ('awaiting', 'claimed') AND educator_id <> \(assessorID)" + scope
        let mine: SQL = open + " AND state = 'claimed' AND claimed_by = \(assessorID) AND claim_expires_at > \(now)"
        let claimable: SQL = open + " AND (state = 'awaiting' OR (state = 'claimed' AND claim_expires_at <= \(now)))"
        // Only the columns the queue shows, never the evidence snapshot.
        let columns: SQL = "id, microcredential_id, educator_id, version_id, attempt, submitted_at, state, claimed_by, claimed_at, "
            + "claim_expires_at, decision, decided_by, decided_at"
        let picked: SQL = "SELECT 1 AS mine, " + columns + " FROM submissions WHERE " + mine
            + " UNION ALL SELECT 0 AS mine, " + columns + " FROM (SELECT " + columns + " FROM submissions WHERE " + claimable
            + " ORDER BY submitted_at, id LIMIT \(listing)) oldest"
        let rows = try tx.query("""
            SELECT s.mine, s.id, s.microcredential_id, s.attempt, s.submitted_at, s.state, s.claimed_by, s.claimed_at, s.claim_expires_at,
                   s.decision, s.decided_by, s.decided_at, v.title AS title, p.display_name AS educator_name,
                   COALESCE(rs.hide_educator_name, 0) AS hide_name FROM (
            """ + picked + """
            ) s JOIN people p ON p.id = s.educator_id JOIN microcredential_versions v ON v.id = s.version_id
            LEFT JOIN review_settings rs ON rs.microcredential_id = s.microcredential_id
            """)
        var claimed: [QueueEntry] = [], waiting: [QueueEntry] = []
        for row in rows {
            let entry = QueueEntry.of(try row.get("id"), microcredentialID: try row.get("microcredential_id"), title: try row.get("title"),
                                      attempt: try row.get("attempt"), educatorName: try row.get("educator_name"),
                                      hideEducatorName: try row.get("hide_name"), submittedAt: try row.get("submitted_at"),
                                      state: try row.submissionState(), at: now)
            if try row.get("mine") as Int == 1 { claimed.append(entry) } else { waiting.append(entry) }
        }
        // Put in order here: sorting the joined rows, SQLite sorted each half of the union again.
        claimed.sort(by: QueueEntry.inQueueOrder)
        waiting.sort(by: QueueEntry.inQueueOrder)
        // Counted on its own: as a column of the rows above, SQLite counted once for each arm of the union.
        let count: Int = waiting.count < listing ? waiting.count
            : try tx.queryOne("SELECT COUNT(*) AS waiting FROM submissions WHERE " + claimable)?.get("waiting") ?? 0
        return AssessorQueue(claimed: claimed, waiting: waiting, waitingCount: count)
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
            guard updated == 0 else {
                try EnrollmentRepository(database: database).refreshProgress(of: submission.enrollmentID, in: tx)
                return submission
            }
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
            let submission = try find(id, in: organizationID, in: tx)
            guard updated > 0 else { throw ReviewError.notClaimedByYou }
            try EnrollmentRepository(database: database).refreshProgress(of: submission.enrollmentID, in: tx)
        }
    }
}
