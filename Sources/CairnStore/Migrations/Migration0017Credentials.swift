/// Issuing credentials: each organization's signing keys (the private half sealed under the
/// installation's master key; retired keys stay so old credentials still verify), its issuer
/// profile with the next free index in its status lists, the credentials issued (the signed
/// document kept byte for byte) and every change of a credential's status with its reason.
///
/// Notifications gain a kind for a credential's change of status.
///
/// `issuer_keys_one_active` keeps one signing key in use per organization; a credential's status
/// index is unique in its organization (one bit in the revocation list, one in the suspension list).
enum Migration0017Credentials {
    static let migration = Migration(17, "credentials") { engine in tables + notificationKinds(engine) }

    static let tables = [
        """
        CREATE TABLE issuer_keys (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            public_key TEXT NOT NULL,
            sealed_private_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            retired_at TEXT
        )
        """,
        "CREATE UNIQUE INDEX issuer_keys_one_active ON issuer_keys (organization_id) WHERE retired_at IS NULL",
        "CREATE INDEX issuer_keys_organization ON issuer_keys (organization_id, created_at)",
        """
        CREATE TABLE issuer_profiles (
            organization_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
            url TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            next_status_index INTEGER NOT NULL DEFAULT 0 CHECK (next_status_index >= 0),
            status_changed_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE credentials (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            educator_id TEXT NOT NULL REFERENCES people (id),
            award_id TEXT REFERENCES awards (id),
            microcredential_id TEXT REFERENCES microcredentials (id),
            name TEXT NOT NULL,
            status_index INTEGER NOT NULL CHECK (status_index >= 0),
            document TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            valid_until TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'revoked')),
            status_reason TEXT NOT NULL DEFAULT '',
            status_changed_at TEXT,
            is_shared INTEGER NOT NULL DEFAULT 1 CHECK (is_shared IN (0, 1)),
            replaces_id TEXT REFERENCES credentials (id),
            UNIQUE (organization_id, status_index)
        )
        """,
        "CREATE INDEX credentials_educator ON credentials (organization_id, educator_id, issued_at)",
        "CREATE INDEX credentials_award ON credentials (award_id)",
        "CREATE INDEX credentials_changed ON credentials (organization_id, status) WHERE status <> 'active'",
        """
        CREATE TABLE credential_status_changes (
            id TEXT PRIMARY KEY,
            credential_id TEXT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
            reason TEXT NOT NULL,
            changed_by TEXT REFERENCES people (id),
            changed_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX credential_status_changes_credential ON credential_status_changes (credential_id, changed_at)",
    ]

    /// Notifications gain the kind that tells an educator their credential was revoked, suspended or reinstated.
    static func notificationKinds(_ engine: DatabaseEngine) -> [String] {
        let kinds = "'submissionReceived', 'reviewDone', 'notYet', 'earned', 'coachNeeded', 'stalledReminder', 'credentialStatus'"
        if engine == .postgres {
            return ["ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check",
                    "ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (\(kinds)))"]
        }
        // SQLite changes a CHECK constraint by rebuilding the table.
        return [
            """
            CREATE TABLE notifications_rebuilt (
                id TEXT PRIMARY KEY,
                organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                link TEXT NOT NULL,
                enrollment_id TEXT REFERENCES enrollments (id) ON DELETE CASCADE,
                delivery TEXT NOT NULL CHECK (delivery IN ('immediate', 'dailyDigest')),
                created_at TEXT NOT NULL,
                sent_at TEXT,
                mail_id TEXT
            )
            """,
            """
            INSERT INTO notifications_rebuilt (id, organization_id, person_id, kind, subject, body, link, enrollment_id, delivery,
                                               created_at, sent_at, mail_id)
            SELECT id, organization_id, person_id, kind, subject, body, link, enrollment_id, delivery, created_at, sent_at, mail_id
            FROM notifications
            """,
            "DROP TABLE notifications",
            "ALTER TABLE notifications_rebuilt RENAME TO notifications",
            "CREATE INDEX notifications_by_person ON notifications (person_id, organization_id, created_at)",
            "CREATE INDEX notifications_pending_digest ON notifications (created_at) WHERE sent_at IS NULL",
            "CREATE INDEX notifications_by_enrollment ON notifications (enrollment_id, kind)",
        ]
    }
}
