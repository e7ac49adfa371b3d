/// Each enrollment keeps its progress (status, attempts, *not yet* count, latest decision) beside
/// it, refreshed in the transaction of every submission, claim, release and decision, so a
/// coach's cohort reads a school's enrollments without reading and deriving every attempt.
enum Migration0014EnrollmentProgress {
    static let migration = Migration(14, "enrollment progress", [
        "ALTER TABLE enrollments ADD COLUMN status TEXT NOT NULL DEFAULT 'inProgress'",
        "ALTER TABLE enrollments ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE enrollments ADD COLUMN not_yet_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE enrollments ADD COLUMN last_decided_at TEXT",
        "UPDATE enrollments SET \(EnrollmentRepository.progressAssignments)",
    ])
}
