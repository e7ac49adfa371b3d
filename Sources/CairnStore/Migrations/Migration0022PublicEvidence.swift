/// The evidence items an educator chose to publish with their credential: one row per chosen item
/// of an enrollment (no row: private, the default), and when they later withdrew it from public view.
enum Migration0022PublicEvidence {
    static let migration = Migration(22, "public evidence", [
        """
        CREATE TABLE public_evidence (
            enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
            requirement_id TEXT NOT NULL,
            chosen_at TEXT NOT NULL,
            withdrawn_at TEXT,
            PRIMARY KEY (enrollment_id, requirement_id)
        )
        """,
    ])
}
