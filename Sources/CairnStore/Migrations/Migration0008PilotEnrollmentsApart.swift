/// A pilot enrollment and an enrollment in the published microcredential are separate: an educator
/// may have one open of each (the pilot's feedback never blocks earning the real thing).
enum Migration0008PilotEnrollmentsApart {
    static let migration = Migration(8, "pilot enrollments apart", [
        "DROP INDEX enrollments_one_active",
        "CREATE UNIQUE INDEX enrollments_one_active ON enrollments (educator_id, microcredential_id, is_pilot) WHERE closed_at IS NULL",
    ])
}
