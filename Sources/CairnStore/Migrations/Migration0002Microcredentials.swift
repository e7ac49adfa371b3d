/// Microcredentials, their versions (design as JSON text, immutable once out of draft), catalog
/// filters and full-text search, pilot participants and pilot feedback.
///
/// Search: SQLite keeps an FTS5 table (porter stemming) beside the versions; PostgreSQL a weighted
/// `tsvector` column with a GIN index. Both are written by `MicrocredentialRepository`.
enum Migration0002Microcredentials {
    static let migration = Migration(2, "microcredentials") { engine in
        common + (engine == .sqlite ? sqlite : postgres)
    }

    static let common = [
        """
        CREATE TABLE microcredentials (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL REFERENCES people (id),
            UNIQUE (organization_id, slug)
        )
        """,
        """
        CREATE TABLE microcredential_versions (
            id TEXT PRIMARY KEY,
            microcredential_id TEXT NOT NULL REFERENCES microcredentials (id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            state TEXT NOT NULL CHECK (state IN ('draft', 'pilot', 'published', 'retired')),
            design_json TEXT NOT NULL,
            change_note TEXT,
            created_at TEXT NOT NULL,
            pilot_started_at TEXT,
            published_at TEXT,
            retired_at TEXT,
            title TEXT NOT NULL,
            estimated_hours DOUBLE PRECISION NOT NULL,
            credit_hours DOUBLE PRECISION NOT NULL,
            UNIQUE (microcredential_id, number)
        )
        """,
        "CREATE INDEX microcredential_versions_state ON microcredential_versions (state, microcredential_id, number)",
        """
        CREATE TABLE microcredential_version_tags (
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('subject', 'grade-band')),
            value TEXT NOT NULL,
            value_key TEXT NOT NULL,
            PRIMARY KEY (version_id, kind, value_key)
        )
        """,
        "CREATE INDEX microcredential_version_tags_key ON microcredential_version_tags (kind, value_key)",
        """
        CREATE TABLE pilot_participants (
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('educator', 'assessor')),
            joined_at TEXT NOT NULL,
            PRIMARY KEY (version_id, person_id)
        )
        """,
        """
        CREATE TABLE pilot_feedback (
            id TEXT PRIMARY KEY,
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('educator', 'assessor')),
            payload_json TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            UNIQUE (version_id, person_id)
        )
        """,
    ]

    static let frozenMessage = "a microcredential version that has left draft cannot change its design"

    static let sqlite = [
        """
        CREATE VIRTUAL TABLE microcredential_search USING fts5(
            version_id UNINDEXED, title, summary, competency, subjects, objectives,
            tokenize = 'porter unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE TRIGGER microcredential_versions_frozen BEFORE UPDATE ON microcredential_versions
        FOR EACH ROW WHEN OLD.state <> 'draft' AND (NEW.design_json IS NOT OLD.design_json OR NEW.state = 'draft')
        BEGIN
            SELECT RAISE(ABORT, '\(frozenMessage)');
        END
        """,
        """
        CREATE TRIGGER microcredential_versions_unsearch AFTER DELETE ON microcredential_versions
        BEGIN
            DELETE FROM microcredential_search WHERE version_id = OLD.id;
        END
        """,
    ]

    static let postgres = [
        "ALTER TABLE microcredential_versions ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector",
        "CREATE INDEX microcredential_versions_search ON microcredential_versions USING GIN (search)",
        """
        CREATE FUNCTION microcredential_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.state <> 'draft' AND (NEW.design_json IS DISTINCT FROM OLD.design_json OR NEW.state = 'draft') THEN
                RAISE EXCEPTION '\(frozenMessage)' USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END
        $$
        """,
        """
        CREATE TRIGGER microcredential_versions_frozen BEFORE UPDATE ON microcredential_versions
        FOR EACH ROW EXECUTE FUNCTION microcredential_versions_frozen()
        """,
    ]
}
