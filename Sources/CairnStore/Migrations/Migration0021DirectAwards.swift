/// Direct awards: an admin (or the operator, at the command line) awards a microcredential without a
/// submission. `awards.submission_id` becomes nullable (still unique where given) and so does
/// `assessor_id` (NULL for an award made at the command line); a decision's award keeps both.
///
/// PostgreSQL alters the columns. SQLite changes a column's constraints by rebuilding the table; the
/// credentials referencing awards stay valid because the same ids are back before the transaction
/// commits (`defer_foreign_keys` holds the check until then).
enum Migration0021DirectAwards {
    static let migration = Migration(21, "direct awards") { engine in
        engine == .postgres ? postgres : sqlite
    }

    static let check = "CHECK (submission_id IS NULL OR assessor_id IS NOT NULL)"

    static let postgres = [
        "ALTER TABLE awards ALTER COLUMN submission_id DROP NOT NULL",
        "ALTER TABLE awards ALTER COLUMN assessor_id DROP NOT NULL",
        "ALTER TABLE awards ADD CONSTRAINT awards_decision_has_assessor \(check)",
    ]

    static let sqlite = [
        "PRAGMA defer_foreign_keys = ON",
        "CREATE TABLE awards_kept AS SELECT * FROM awards",
        "DROP TABLE awards",
        """
        CREATE TABLE awards (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            submission_id TEXT UNIQUE REFERENCES submissions (id),
            educator_id TEXT NOT NULL REFERENCES people (id),
            microcredential_id TEXT NOT NULL REFERENCES microcredentials (id),
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id),
            assessor_id TEXT REFERENCES people (id),
            award_json TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            \(check)
        )
        """,
        """
        INSERT INTO awards (id, organization_id, submission_id, educator_id, microcredential_id, version_id, assessor_id, award_json, decided_at)
        SELECT id, organization_id, submission_id, educator_id, microcredential_id, version_id, assessor_id, award_json, decided_at
        FROM awards_kept
        """,
        "DROP TABLE awards_kept",
        "CREATE INDEX awards_educator ON awards (organization_id, educator_id)",
    ]
}
