/// Each school keeps how many enrollments of its coached educators there are, written with every
/// enrollment and every change of a membership, so a school's coach's page does not count the
/// school's thousands of index entries on every request.
enum Migration0025KeptSchoolCohortSizes {
    static let migration = Migration(25, "kept school cohort sizes", [
        "ALTER TABLE schools ADD COLUMN coached_enrollments INTEGER NOT NULL DEFAULT 0",
        """
        UPDATE schools SET coached_enrollments = (SELECT COUNT(*) FROM enrollments e
            WHERE e.organization_id = schools.organization_id AND e.coached = 1 AND e.educator_school_id = schools.id)
        """,
    ])
}
