/// Organizations, schools, people, memberships, sessions, one-time tokens, the mail outbox and
/// sign-in failures. Times are ISO-8601 UTC text with milliseconds; ids are app-generated text.
enum Migration0001Accounts {
    static let migration = Migration(1, "accounts", [
        """
        CREATE TABLE organizations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            slug TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE schools (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            UNIQUE (organization_id, name)
        )
        """,
        """
        CREATE TABLE people (
            id TEXT PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            password_hash TEXT,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE memberships (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            roles TEXT NOT NULL,
            school_id TEXT REFERENCES schools (id) ON DELETE SET NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'deactivated')),
            created_at TEXT NOT NULL,
            UNIQUE (organization_id, person_id)
        )
        """,
        "CREATE INDEX memberships_person ON memberships (person_id)",
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            address TEXT NOT NULL,
            user_agent TEXT NOT NULL
        )
        """,
        "CREATE INDEX sessions_person ON sessions (person_id)",
        "CREATE INDEX sessions_expires ON sessions (expires_at)",
        """
        CREATE TABLE one_time_tokens (
            token_hash TEXT PRIMARY KEY,
            purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'passwordReset')),
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT
        )
        """,
        "CREATE INDEX one_time_tokens_person ON one_time_tokens (person_id, purpose)",
        """
        CREATE TABLE outbox (
            id TEXT PRIMARY KEY,
            recipient TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        )
        """,
        "CREATE INDEX outbox_pending ON outbox (sent_at, created_at)",
        """
        CREATE TABLE sign_in_failures (
            id TEXT PRIMARY KEY,
            email TEXT NOT NULL,
            address TEXT NOT NULL,
            at TEXT NOT NULL
        )
        """,
        "CREATE INDEX sign_in_failures_email ON sign_in_failures (email, at)",
        "CREATE INDEX sign_in_failures_address ON sign_in_failures (address, at)",
    ])
}
