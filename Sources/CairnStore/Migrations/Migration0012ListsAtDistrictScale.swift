/// Indexes for the lists a district-sized organization pages through.
///
/// - `people (display_name, email)`: the members list in name order, one page at a time, without
///   sorting every member on each request.
/// - `memberships (organization_id, school_id)`: a school's members (a coach's cohort).
/// - `submissions (microcredential_id, state, …)`: the review queue of an assessor who reviews a few
///   microcredentials, read from the index alone (see below why the rows are avoided).
/// - `submissions (enrollment_id, attempt, …state columns)`: where an enrollment stands, read from
///   the index alone. In the table those columns follow the evidence snapshot, which spills onto
///   overflow pages, so reading them from the rows walked every snapshot's pages.
enum Migration0012ListsAtDistrictScale {
    static let migration = Migration(12, "indexes for lists at district scale", [
        "CREATE INDEX people_by_name ON people (display_name, email)",
        "CREATE INDEX memberships_by_school ON memberships (organization_id, school_id)",
        """
        CREATE INDEX submissions_by_microcredential ON submissions (microcredential_id, state, organization_id, submitted_at, id, educator_id,
                                                                    version_id, attempt, claimed_by, claimed_at, claim_expires_at,
                                                                    decision, decided_by, decided_at)
        """,
        """
        CREATE INDEX submissions_states ON submissions (enrollment_id, attempt, id, state, claimed_by, claimed_at, claim_expires_at,
                                                        decision, decided_by, decided_at)
        """,
    ])
}
