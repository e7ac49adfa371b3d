/// The members search finds a name or email containing the text through an index of trigrams
/// instead of reading every member: SQLite an FTS5 table with the trigram tokenizer, kept by
/// triggers; PostgreSQL `pg_trgm` GIN indexes on the lowered name and email (decision 0011).
enum Migration0016MemberSearchIndexes {
    static let migration = Migration(16, "member search indexes") { engine in
        engine == .sqlite ? sqlite : postgres
    }

    static let sqlite = [
        """
        CREATE VIRTUAL TABLE people_search USING fts5(display_name, email, content = 'people', content_rowid = 'rowid',
                                                      tokenize = 'trigram')
        """,
        "INSERT INTO people_search (people_search) VALUES ('rebuild')",
        """
        CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
            INSERT INTO people_search (rowid, display_name, email) VALUES (new.rowid, new.display_name, new.email);
        END
        """,
        """
        CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
            INSERT INTO people_search (people_search, rowid, display_name, email) VALUES ('delete', old.rowid, old.display_name, old.email);
        END
        """,
        """
        CREATE TRIGGER people_search_update AFTER UPDATE OF display_name, email ON people BEGIN
            INSERT INTO people_search (people_search, rowid, display_name, email) VALUES ('delete', old.rowid, old.display_name, old.email);
            INSERT INTO people_search (rowid, display_name, email) VALUES (new.rowid, new.display_name, new.email);
        END
        """,
    ]

    static let postgres = [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX people_name_trigrams ON people USING gin (lower(display_name) gin_trgm_ops)",
        "CREATE INDEX people_email_trigrams ON people USING gin (lower(email) gin_trgm_ops)",
    ]
}
