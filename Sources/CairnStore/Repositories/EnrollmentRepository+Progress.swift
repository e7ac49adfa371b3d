import Foundation
import CairnCore

/// Following enrollments over time: their kept progress, and the enrollments that went quiet.
extension EnrollmentRepository {
    /// The SET list that recomputes an enrollment's kept progress from its attempts (the row being
    /// updated is `enrollments`): the latest attempt's state as `EnrollmentStatus`, the number of
    /// attempts and of *not yet* decisions, and the latest decision's time. `EnrollmentProgressTests`
    /// holds it to `EnrollmentStatus.derived` and `Enrollment.lastActivity(givenStates:)`.
    static let progressAssignments = """
        status = COALESCE((SELECT CASE s.state WHEN 'awaiting' THEN 'submitted' WHEN 'claimed' THEN 'underReview'
                                   WHEN 'decided' THEN CASE s.decision WHEN 'earned' THEN 'earned' ELSE 'notYet' END END
                           FROM submissions s WHERE s.enrollment_id = enrollments.id ORDER BY s.attempt DESC LIMIT 1), 'inProgress'),
        attempts = (SELECT COUNT(*) FROM submissions s WHERE s.enrollment_id = enrollments.id),
        not_yet_count = (SELECT COUNT(*) FROM submissions s WHERE s.enrollment_id = enrollments.id
                         AND s.state = 'decided' AND s.decision = 'notYet'),
        last_decided_at = (SELECT MAX(s.decided_at) FROM submissions s WHERE s.enrollment_id = enrollments.id AND s.state = 'decided')
        """

    /// Recomputes the kept progress of one enrollment, in the caller's write transaction; every
    /// write that changes an attempt's state calls it.
    package func refreshProgress(of enrollmentID: Enrollment.ID, in tx: any Connection) throws {
        try tx.execute("UPDATE enrollments SET \(raw: Self.progressAssignments) WHERE id = \(enrollmentID)")
    }

    /// The enrollments of these educators with their progress, by educator then title, in two
    /// queries whatever their number.
    public func progress(of educatorIDs: [Person.ID], in organizationID: Organization.ID) throws -> [EnrollmentProgress] {
        guard !educatorIDs.isEmpty else { return [] }
        return try database.read { try progress(of: educatorIDs, in: organizationID, in: $0) }
    }

    /// `progress(of:in:)` in the caller's transaction.
    package func progress(of educatorIDs: [Person.ID], in organizationID: Organization.ID, in tx: any Connection) throws
        -> [EnrollmentProgress] {
        guard !educatorIDs.isEmpty else { return [] }
        do {
            let rows = try tx.query("""
                SELECT e.*, v.title AS title FROM enrollments e JOIN microcredential_versions v ON v.id = e.version_id
                WHERE e.organization_id = \(organizationID) AND e.educator_id IN (\(list: educatorIDs))
                ORDER BY e.educator_id, v.title, e.started_at, e.id
                """)
            // The attempts' states only: never their evidence snapshots.
            let attempts = try tx.query("""
                SELECT s.id, s.enrollment_id, s.state, s.claimed_by, s.claimed_at, s.claim_expires_at, s.decision, s.decided_by, s.decided_at
                FROM submissions s JOIN enrollments e ON e.id = s.enrollment_id
                WHERE e.organization_id = \(organizationID) AND e.educator_id IN (\(list: educatorIDs))
                ORDER BY s.enrollment_id, s.attempt
                """)
            var states: [Enrollment.ID: [Submission.State]] = [:], latest: [Enrollment.ID: Submission.ID] = [:]
            for row in attempts {
                let enrollmentID: Enrollment.ID = try row.get("enrollment_id")
                states[enrollmentID, default: []].append(try row.submissionState())
                latest[enrollmentID] = try row.get("id")
            }
            return try rows.map { row in
                let enrollment = try row.enrollment()
                return EnrollmentProgress(enrollment: enrollment, title: try row.get("title"), states: states[enrollment.id] ?? [],
                                          latestSubmissionID: latest[enrollment.id])
            }
        }
    }

    /// The enrollments (of every organization) whose educator should get a stalled reminder now:
    /// `StalledRule.needsReminder` over their status, last activity and last reminder.
    public func needingStalledReminder(at now: Date) throws -> [Enrollment] {
        try database.read { tx in
            let rows = try tx.query("""
                SELECT e.*, (SELECT MAX(n.created_at) FROM notifications n WHERE n.enrollment_id = e.id AND n.kind = 'stalledReminder')
                       AS reminded_at
                FROM enrollments e WHERE e.closed_at IS NULL AND e.last_activity_at <= \(now.addingTimeInterval(-StalledRule.quietPeriod))
                ORDER BY e.last_activity_at, e.id
                """)
            let candidates = try rows.map { (try $0.enrollment(), try $0.get("reminded_at", as: Date?.self)) }
            // The attempts' states only: never their evidence snapshots.
            var states: [Enrollment.ID: [Submission.State]] = [:]
            for row in try tx.query("""
                SELECT s.enrollment_id, s.state, s.claimed_by, s.claimed_at, s.claim_expires_at, s.decision, s.decided_by, s.decided_at
                FROM submissions s JOIN enrollments e ON e.id = s.enrollment_id
                WHERE e.closed_at IS NULL AND e.last_activity_at <= \(now.addingTimeInterval(-StalledRule.quietPeriod))
                ORDER BY s.enrollment_id, s.attempt
                """) { states[try row.get("enrollment_id"), default: []].append(try row.submissionState()) }
            return candidates.filter { enrollment, remindedAt in
                let attempts = states[enrollment.id] ?? []
                return StalledRule.needsReminder(status: .derived(latest: attempts.last),
                                                 lastActivity: enrollment.lastActivity(givenStates: attempts),
                                                 lastReminder: remindedAt, at: now)
            }.map(\.0)
        }
    }
}
