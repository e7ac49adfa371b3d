import Foundation
import CairnCore

/// A coach's cohort, read from the enrollments' own index, and the copies that index is made of
/// (migration 23): whether the educator is coached, their school and name; whether a member enrolled.
extension EnrollmentRepository {
    /// The SET list that copies into an enrollment (the row being updated is `enrollments`) what its
    /// educator's membership and person say: `coached` (1 when the membership is active and holds the
    /// educator role), the membership's school and the educator's name.
    static let cohortAssignments = """
        coached = COALESCE((SELECT CASE WHEN m.status = 'active' AND (';' || m.roles || ';') LIKE '%;educator;%' THEN 1 ELSE 0 END
                            FROM memberships m WHERE m.organization_id = enrollments.organization_id AND m.person_id = enrollments.educator_id), 0),
        educator_school_id = (SELECT m.school_id FROM memberships m
                              WHERE m.organization_id = enrollments.organization_id AND m.person_id = enrollments.educator_id),
        educator_name = COALESCE((SELECT p.display_name FROM people p WHERE p.id = enrollments.educator_id), '')
        """

    /// The SET item that recomputes whether a membership's person has any enrollment in its
    /// organization (the row being updated is `memberships`).
    static let enrolledAssignment = """
        enrolled = CASE WHEN EXISTS (SELECT 1 FROM enrollments e
                                     WHERE e.organization_id = memberships.organization_id AND e.educator_id = memberships.person_id)
                   THEN 1 ELSE 0 END
        """

    /// The latest of an enrollment's own activity and its latest decision, in SQL (`e` is the enrollment).
    /// Both times are in the cohort's indexes, so the stalled test reads no row.
    static let activityExpression = """
        CASE WHEN e.last_decided_at IS NOT NULL AND e.last_decided_at > e.last_activity_at THEN e.last_decided_at ELSE e.last_activity_at END
        """

    /// Copies the membership and name of an educator into their enrollments in one organization, in the
    /// caller's transaction, and moves their coached enrollments between the schools' kept sizes
    /// (migration 25); every write of a membership's roles, school or status calls it.
    package func refreshCohortCopies(of educatorID: Person.ID, in organizationID: Organization.ID, in tx: any Connection) throws {
        try countInSchoolSizes(educatorID, in: organizationID, adding: false, in: tx)
        try tx.execute("""
            UPDATE enrollments SET \(raw: Self.cohortAssignments) WHERE organization_id = \(organizationID) AND educator_id = \(educatorID)
            """)
        try countInSchoolSizes(educatorID, in: organizationID, adding: true, in: tx)
    }

    /// Adds the educator's coached enrollments to their schools' kept sizes, or takes them out.
    private func countInSchoolSizes(_ educatorID: Person.ID, in organizationID: Organization.ID, adding: Bool,
                                    in tx: any Connection) throws {
        let theirs: SQL = "organization_id = \(organizationID) AND educator_id = \(educatorID) AND coached = 1"
        // SQLite without statistics yet (a new installation, the district's seeding) would walk every coached
        // enrollment of the organization in a cohort index instead of the educator's few.
        let byEducator = tx.engine == .sqlite ? "INDEXED BY enrollments_organization" : ""
        try tx.execute("""
            UPDATE schools SET coached_enrollments = coached_enrollments \(raw: adding ? "+" : "-")
                (SELECT COUNT(*) FROM enrollments \(raw: byEducator) WHERE \(theirs) AND educator_school_id = schools.id)
            WHERE id IN (SELECT educator_school_id FROM enrollments \(raw: byEducator) WHERE \(theirs))
            """)
    }

    /// Copies a person's new name into their enrollments in every organization, in the caller's transaction.
    package func refreshEducatorName(of personID: Person.ID, in tx: any Connection) throws {
        try tx.execute("""
            UPDATE enrollments SET educator_name = COALESCE((SELECT p.display_name FROM people p WHERE p.id = enrollments.educator_id), '')
            WHERE educator_id = \(personID)
            """)
    }

    /// A coach's cohort (`Membership.coaches`, among members holding the educator role): the first
    /// `limit` enrollments of the educators they coach, stalled work first (`StalledRule`), then by
    /// educator and when they started; how many there are and how many are stalled; and the first
    /// `nameLimit` names of coached educators with no enrollment.
    ///
    /// The rows come from `enrollments_cohort_by_school` (a school's coach) or `enrollments_cohort`
    /// (a coach of the whole organization), which hold the cohort in the page's order with its status
    /// and activity times: the rows shown are its first stalled entries and then its first others,
    /// and only those rows read their enrollment and their version's title. A school's total is the
    /// size the school keeps (migration 25), an organization's counts `enrollments_cohort_counts`; the
    /// stalled ones are a range of `enrollments_cohort_counts_by_school` or `enrollments_cohort_counts`;
    /// both less the coach's own enrollments when they are in their cohort.
    /// Who has not started comes from the memberships not `enrolled` (`memberships_not_started`).
    /// Five queries at most, whatever the size of the school or district.
    public func cohort(coachedBy coach: Membership, at now: Date, rows limit: Int, names nameLimit: Int) throws -> Cohort {
        let cutoff = now.addingTimeInterval(-StalledRule.quietPeriod)
        let cohort: SQL = """
            e.organization_id = \(coach.organizationID) AND e.coached = 1
            \(coach.schoolID.map { "AND e.educator_school_id = \($0)" as SQL } ?? "")
            """
        let coached: SQL = "\(cohort) AND e.educator_id <> \(coach.personID)"
        // `StalledRule`: the latest of both activity times at least the quiet period ago, as a range of the counting index.
        let stalled: SQL = """
            e.status IN ('inProgress', 'notYet') AND e.last_activity_at <= \(cutoff) AND (e.last_decided_at IS NULL OR e.last_decided_at <= \(cutoff))
            """
        return try database.read { tx in
            // Less the coach's own enrollments (an educator of their school may coach it). A school's size is
            // kept (migration 25); the whole organization's and the stalled work are ranges of the counting index.
            let size: SQL = coach.schoolID.map { "SELECT s.coached_enrollments FROM schools s WHERE s.id = \($0) AND s.organization_id = \(coach.organizationID)" }
                ?? "SELECT COUNT(*) FROM enrollments e WHERE \(cohort)"
            let counts = try tx.queryOne("""
                SELECT (\(size))
                       - (SELECT COUNT(*) FROM enrollments e WHERE \(cohort) AND e.educator_id = \(coach.personID)) AS total,
                       (SELECT COUNT(*) FROM enrollments e WHERE \(cohort) AND \(stalled))
                       - (SELECT COUNT(*) FROM enrollments e WHERE \(cohort) AND e.educator_id = \(coach.personID) AND \(stalled)) AS stalled
                """)
            let total: Int = try counts?.get("total") ?? 0, stalledTotal: Int = try counts?.get("stalled") ?? 0
            // The first `count` rows that meet `condition`, in the page's order, straight from the index;
            // the version's title is read for those rows only (a version's row holds its whole design before the title).
            // SQLite's statistics would rather take the stalled range of the counting index and sort it all: it is told
            // which index to walk (PostgreSQL's planner walks the ordered one for the limit).
            let ordered = tx.engine == .sqlite ? (coach.schoolID == nil ? "INDEXED BY enrollments_cohort" : "INDEXED BY enrollments_cohort_by_school") : ""
            func rows(_ condition: SQL, stalled isStalled: Bool, _ count: Int) throws -> [CohortRow] {
                guard count > 0 else { return [] }
                return try tx.query("""
                    SELECT e.educator_name, (SELECT v.title FROM microcredential_versions v WHERE v.id = e.version_id) AS title,
                           e.status, e.attempts, e.not_yet_count, \(raw: Self.activityExpression) AS activity
                    FROM enrollments e \(raw: ordered) WHERE \(coached) AND \(condition)
                    ORDER BY e.educator_name, e.started_at, e.id LIMIT \(count)
                    """).map { row in
                    CohortRow(educatorName: try row.get("educator_name"), title: try row.get("title"), status: try row.get("status"),
                              attempts: try row.get("attempts"), notYetCount: try row.get("not_yet_count"),
                              lastActivity: try row.get("activity"), isStalled: isStalled)
                }
            }
            let first = try rows(stalled, stalled: true, min(limit, stalledTotal))
            let shown = first + (try rows("NOT (\(stalled))", stalled: false, min(limit - first.count, total - stalledTotal)))
            // Coached educators with no enrollment, through `memberships_not_started`: only those memberships are read.
            let notStartedWhere: SQL = """
                m.organization_id = \(coach.organizationID) AND m.enrolled = 0
                \(coach.schoolID.map { "AND m.school_id = \($0)" as SQL } ?? "")
                AND m.status = 'active' AND m.person_id <> \(coach.personID) AND (';' || m.roles || ';') LIKE '%;educator;%'
                """
            let notStartedCount: Int = try tx.queryOne("SELECT COUNT(*) AS n FROM memberships m WHERE \(notStartedWhere)")?.get("n") ?? 0
            let names = notStartedCount == 0 ? [] : try tx.query("""
                SELECT p.display_name FROM memberships m JOIN people p ON p.id = m.person_id
                WHERE \(notStartedWhere) ORDER BY p.display_name, p.id LIMIT \(nameLimit)
                """).map { try $0.get("display_name", as: String.self) }
            return Cohort(rows: shown, total: total, stalled: stalledTotal, notStarted: names, notStartedTotal: notStartedCount)
        }
    }
}
