import Foundation
import CairnCore

/// Following enrollments over time: a coach's cohort, and the enrollments that went quiet.
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

    /// The latest of an enrollment's own activity and its latest decision, in SQL (`e` is the enrollment).
    static let activityExpression = """
        CASE WHEN e.last_decided_at IS NOT NULL AND e.last_decided_at > e.last_activity_at THEN e.last_decided_at ELSE e.last_activity_at END
        """

    /// A coach's cohort (`Membership.coaches`): the first `limit` enrollments of the educators they
    /// coach, stalled work first (`StalledRule`), then by educator and when they started; how many there are and
    /// how many are stalled; and the first `limit` names of coached educators with no enrollment.
    /// Four queries over the kept progress, whatever the size of the school or district.
    public func cohort(coachedBy coach: Membership, at now: Date, rows limit: Int, names nameLimit: Int) throws -> Cohort {
        let cutoff = now.addingTimeInterval(-StalledRule.quietPeriod)
        let coached: SQL = """
            m.organization_id = \(coach.organizationID) AND m.status = 'active' AND m.person_id <> \(coach.personID)
            AND (';' || m.roles || ';') LIKE '%;educator;%'
            \(coach.schoolID.map { "AND m.school_id = \($0)" as SQL } ?? "")
            """
        let stalled: SQL = "e.status IN ('inProgress', 'notYet') AND \(raw: Self.activityExpression) <= \(cutoff)"
        return try database.read { tx in
            let counts = try tx.queryOne("""
                SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN \(stalled) THEN 1 ELSE 0 END), 0) AS stalled
                FROM memberships m JOIN enrollments e ON e.organization_id = m.organization_id AND e.educator_id = m.person_id
                WHERE \(coached)
                """)
            // The first rows are chosen without the versions: a version's row holds its whole design
            // (about 13 KB, before the title), so only the rows shown read one.
            let rows = try tx.query("""
                SELECT x.display_name, v.title, x.status, x.attempts, x.not_yet_count, x.activity, x.stalled
                FROM (SELECT p.display_name, e.version_id, e.status, e.attempts, e.not_yet_count, e.started_at, e.id,
                             \(raw: Self.activityExpression) AS activity, CASE WHEN \(stalled) THEN 1 ELSE 0 END AS stalled
                      FROM memberships m JOIN enrollments e ON e.organization_id = m.organization_id AND e.educator_id = m.person_id
                      JOIN people p ON p.id = m.person_id
                      WHERE \(coached)
                      ORDER BY stalled DESC, p.display_name, e.started_at, e.id
                      LIMIT \(limit)) x
                JOIN microcredential_versions v ON v.id = x.version_id
                ORDER BY x.stalled DESC, x.display_name, x.started_at, x.id
                """).map { row in
                CohortRow(educatorName: try row.get("display_name"), title: try row.get("title"), status: try row.get("status"),
                          attempts: try row.get("attempts"), notYetCount: try row.get("not_yet_count"),
                          lastActivity: try row.get("activity"), isStalled: try row.get("stalled", as: Int.self) == 1)
            }
            let notStartedWhere: SQL = """
                \(coached) AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.organization_id = m.organization_id AND e.educator_id = m.person_id)
                """
            let notStartedCount: Int = try tx.queryOne("SELECT COUNT(*) AS n FROM memberships m WHERE \(notStartedWhere)")?.get("n") ?? 0
            let names = try tx.query("""
                SELECT p.display_name FROM memberships m JOIN people p ON p.id = m.person_id
                WHERE \(notStartedWhere) ORDER BY p.display_name, p.id LIMIT \(nameLimit)
                """).map { try $0.get("display_name", as: String.self) }
            return Cohort(rows: rows, total: try counts?.get("total") ?? 0, stalled: try counts?.get("stalled") ?? 0,
                          notStarted: names, notStartedTotal: notStartedCount)
        }
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
