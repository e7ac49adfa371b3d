/// The Open Badges 3.0 API: apps registered by RFC 7591 dynamic registration (secret hashed), the
/// authorization codes educators approve (hashed, single use, with the PKCE S256 challenge), the
/// access and refresh tokens apps hold (hashed, revocable, grouped by grant so a reused code
/// revokes what it gave), and the personal access tokens educators make for scripts (hashed).
///
/// Redirect URIs and contacts are kept one per line, scopes as their space-separated OAuth text.
enum Migration0020OpenBadgesAPI {
    static let migration = Migration(20, "open badges api", [
        """
        CREATE TABLE oauth_clients (
            id TEXT PRIMARY KEY,
            secret_hash TEXT NOT NULL,
            name TEXT NOT NULL,
            client_uri TEXT NOT NULL,
            logo_uri TEXT NOT NULL,
            tos_uri TEXT NOT NULL,
            policy_uri TEXT NOT NULL,
            software_id TEXT NOT NULL,
            software_version TEXT NOT NULL,
            redirect_uris TEXT NOT NULL,
            scopes TEXT NOT NULL,
            contacts TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE oauth_authorization_codes (
            code_hash TEXT PRIMARY KEY,
            grant_id TEXT NOT NULL UNIQUE,
            client_id TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
            redirect_uri TEXT NOT NULL,
            scopes TEXT NOT NULL,
            code_challenge TEXT NOT NULL,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT
        )
        """,
        """
        CREATE TABLE oauth_tokens (
            token_hash TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
            grant_id TEXT NOT NULL,
            client_id TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            scopes TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked_at TEXT
        )
        """,
        "CREATE INDEX oauth_tokens_grant ON oauth_tokens (grant_id)",
        "CREATE INDEX oauth_tokens_person ON oauth_tokens (person_id, organization_id, client_id)",
        """
        CREATE TABLE personal_access_tokens (
            id TEXT PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            scopes TEXT NOT NULL,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at TEXT
        )
        """,
        "CREATE INDEX personal_access_tokens_person ON personal_access_tokens (person_id, organization_id, created_at)",
    ])
}
