/// Consent before membership and an outbox that belongs to an organization.
///
/// - `invitations`: an invitation waits here until the invited person accepts it; only then is
///   the membership made. The name is the one the admin typed (never the account's own name).
///   The memberships made at invitation time before this migration (people who never chose a
///   password) become invitations: with the unused link's hash when there is one (it keeps
///   working), else already expired (on record, not offered).
/// - `outbox.organization_id`: the organization a mail concerns (none for a password reset);
///   `outbox.preview`: the text as an operator may see it, with one-time links left out (none
///   for mail queued before this migration, which is then not shown).
/// - `people.is_operator`: an operator of the installation (the development outbox).
enum Migration0010ConsentAndOutboxScope {
    static let migration = Migration(10, "consent and outbox scope", [
        """
        CREATE TABLE invitations (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            display_name TEXT NOT NULL,
            roles TEXT NOT NULL,
            school_id TEXT REFERENCES schools (id) ON DELETE SET NULL,
            invited_by TEXT REFERENCES people (id) ON DELETE SET NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            accepted_at TEXT,
            revoked_at TEXT
        )
        """,
        "CREATE INDEX invitations_organization ON invitations (organization_id, created_at)",
        "CREATE INDEX invitations_person ON invitations (person_id)",
        """
        INSERT INTO invitations (id, organization_id, person_id, display_name, roles, school_id, invited_by, token_hash,
                                 created_at, expires_at)
        SELECT t.token_hash, t.organization_id, t.person_id, p.display_name, m.roles, m.school_id, NULL, t.token_hash,
               t.created_at, t.expires_at
        FROM one_time_tokens t
        JOIN people p ON p.id = t.person_id
        JOIN memberships m ON m.person_id = t.person_id AND m.organization_id = t.organization_id
        WHERE t.purpose = 'invitation' AND t.used_at IS NULL
        """,
        """
        INSERT INTO invitations (id, organization_id, person_id, display_name, roles, school_id, invited_by, token_hash,
                                 created_at, expires_at)
        SELECT m.id, m.organization_id, m.person_id, p.display_name, m.roles, m.school_id, NULL, 'expired-' || m.id,
               m.created_at, m.created_at
        FROM memberships m JOIN people p ON p.id = m.person_id
        WHERE p.password_hash IS NULL
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.person_id = m.person_id AND i.organization_id = m.organization_id)
        """,
        "DELETE FROM memberships WHERE person_id IN (SELECT id FROM people WHERE password_hash IS NULL)",
        "DELETE FROM one_time_tokens WHERE purpose = 'invitation'",
        "ALTER TABLE outbox ADD COLUMN organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE",
        "ALTER TABLE outbox ADD COLUMN preview TEXT",
        "CREATE INDEX outbox_organization ON outbox (organization_id, created_at)",
        "ALTER TABLE people ADD COLUMN is_operator INTEGER NOT NULL DEFAULT 0",
    ])
}
