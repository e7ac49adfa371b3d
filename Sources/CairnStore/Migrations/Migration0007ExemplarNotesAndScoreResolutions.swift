/// Why an exemplar has its reference scores (a note beside them), and the designers' resolutions
/// of blind second scores that disagreed with the review: one per second score, removed with it.
enum Migration0007ExemplarNotesAndScoreResolutions {
    static let migration = Migration(7, "exemplar notes and score resolutions", [
        "ALTER TABLE exemplars ADD COLUMN note TEXT NOT NULL DEFAULT ''",
        """
        CREATE TABLE score_resolutions (
            submission_id TEXT NOT NULL,
            second_assessor_id TEXT NOT NULL,
            levels_json TEXT NOT NULL,
            note TEXT NOT NULL,
            resolved_by TEXT NOT NULL REFERENCES people (id),
            resolved_at TEXT NOT NULL,
            PRIMARY KEY (submission_id, second_assessor_id),
            FOREIGN KEY (submission_id, second_assessor_id) REFERENCES second_scores (submission_id, assessor_id) ON DELETE CASCADE
        )
        """,
    ])
}
