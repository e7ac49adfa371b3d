/// Public evidence is consent to exactly what was shown: when the educator changes a chosen item's
/// content, the choice lapses (its `public_evidence` row goes) and a lapse is kept, so the workspace
/// can say why the box is no longer ticked; ticking it again (or choosing private) clears the lapse.
enum Migration0024PublicEvidenceConsent {
    static let migration = Migration(24, "public evidence consent", [
        """
        CREATE TABLE public_evidence_lapses (
            enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
            requirement_id TEXT NOT NULL,
            lapsed_at TEXT NOT NULL,
            PRIMARY KEY (enrollment_id, requirement_id)
        )
        """,
    ])
}
