/// Public evidence: consent to what was shown, and admins' takedowns.
///
/// When the educator changes a chosen item's content, the choice lapses (its `public_evidence` row
/// goes) and a lapse is kept, so the workspace can say why the box is no longer ticked; ticking it
/// again (or choosing private) clears the lapse. An admin of the issuing organization may take one
/// public item down with a reason kept on record: who, when and why, on the item's row.
enum Migration0024PublicEvidenceConsent {
    static let migration = Migration(24, "public evidence consent and takedowns", [
        """
        CREATE TABLE public_evidence_lapses (
            enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
            requirement_id TEXT NOT NULL,
            lapsed_at TEXT NOT NULL,
            PRIMARY KEY (enrollment_id, requirement_id)
        )
        """,
        "ALTER TABLE public_evidence ADD COLUMN taken_down_at TEXT",
        "ALTER TABLE public_evidence ADD COLUMN taken_down_by TEXT REFERENCES people (id)",
        "ALTER TABLE public_evidence ADD COLUMN takedown_reason TEXT",
    ])
}
