/// Each enrollment keeps what a coach's cohort filters and orders by: whether its educator's
/// membership is coached (active, with the educator role), that membership's school and the
/// educator's name. For a school's coach and for a coach of the whole organization, one index
/// holds the cohort in the page's order with the status and both activity times (the first rows,
/// stalled or not, without reading memberships, people or other enrollments), and one counts it
/// (the stalled ones are a range of it). Each membership keeps whether its person has enrolled in
/// the organization, so who has not started comes from an index too. The repositories keep the
/// copies right in the transaction of every change to what they copy.
enum Migration0023CohortFromAnIndex {
    static let migration = Migration(23, "cohort from an index", [
        "ALTER TABLE enrollments ADD COLUMN coached INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE enrollments ADD COLUMN educator_school_id TEXT REFERENCES schools (id) ON DELETE SET NULL",
        "ALTER TABLE enrollments ADD COLUMN educator_name TEXT NOT NULL DEFAULT ''",
        "UPDATE enrollments SET \(EnrollmentRepository.cohortAssignments)",
        """
        CREATE INDEX enrollments_cohort_by_school ON enrollments (organization_id, coached, educator_school_id, educator_name,
                                                                 started_at, id, educator_id, status, last_activity_at, last_decided_at)
        """,
        """
        CREATE INDEX enrollments_cohort ON enrollments (organization_id, coached, educator_name, started_at, id, educator_id,
                                                       status, last_activity_at, last_decided_at)
        """,
        """
        CREATE INDEX enrollments_cohort_counts_by_school ON enrollments (organization_id, coached, educator_school_id, status,
                                                                         last_activity_at, last_decided_at)
        """,
        "CREATE INDEX enrollments_cohort_counts ON enrollments (organization_id, coached, status, last_activity_at, last_decided_at)",
        "ALTER TABLE memberships ADD COLUMN enrolled INTEGER NOT NULL DEFAULT 0",
        "UPDATE memberships SET \(EnrollmentRepository.enrolledAssignment)",
        "CREATE INDEX memberships_not_started ON memberships (organization_id, enrolled, school_id)",
    ])
}
