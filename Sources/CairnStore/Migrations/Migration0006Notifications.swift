/// Notifications about earning and review: one row per message and person, whether it went out
/// at once (with its outbox mail) or waits for the person's daily digest (`sent_at` NULL until then).
///
/// `enrollment_id` ties a message to the enrollment it is about, so a stalled reminder is sent
/// once per quiet spell.
enum Migration0006Notifications {
    static let migration = Migration(6, "notifications", [
        """
        CREATE TABLE notifications (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('submissionReceived', 'reviewDone', 'notYet', 'earned', 'coachNeeded', 'stalledReminder')),
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
        "CREATE INDEX notifications_by_person ON notifications (person_id, organization_id, created_at)",
        "CREATE INDEX notifications_pending_digest ON notifications (created_at) WHERE sent_at IS NULL",
        "CREATE INDEX notifications_by_enrollment ON notifications (enrollment_id, kind)",
    ])
}
