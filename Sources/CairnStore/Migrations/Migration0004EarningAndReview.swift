/// Enrollments and their workspace entries, submissions with a frozen snapshot and a claim,
/// reviews (scores and override as JSON), awards, video comments with replies, who may assess
/// which microcredential, per-microcredential review settings, per-organization review policies, calibration exemplars and
/// attempts, blind second scores, and notification preferences.
///
/// "One active enrollment per educator and microcredential" is a partial unique index on
/// `closed_at IS NULL` (an enrollment closes when earned). Claims are taken with a conditional
/// UPDATE on `state`, `claimed_by` and `claim_expires_at` (timestamps compare as text).
enum Migration0004EarningAndReview {
    static let migration = Migration(4, "earning and review", [
        """
        CREATE TABLE enrollments (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            educator_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            microcredential_id TEXT NOT NULL REFERENCES microcredentials (id) ON DELETE CASCADE,
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id),
            is_pilot INTEGER NOT NULL CHECK (is_pilot IN (0, 1)),
            started_at TEXT NOT NULL,
            last_activity_at TEXT NOT NULL,
            closed_at TEXT
        )
        """,
        "CREATE UNIQUE INDEX enrollments_one_active ON enrollments (educator_id, microcredential_id) WHERE closed_at IS NULL",
        "CREATE INDEX enrollments_organization ON enrollments (organization_id, educator_id)",
        """
        CREATE TABLE workspace_entries (
            enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
            requirement_id TEXT NOT NULL,
            entry_json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (enrollment_id, requirement_id)
        )
        """,
        """
        CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
            educator_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            microcredential_id TEXT NOT NULL REFERENCES microcredentials (id) ON DELETE CASCADE,
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id),
            attempt INTEGER NOT NULL CHECK (attempt >= 1),
            snapshot_json TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('awaiting', 'claimed', 'decided')),
            claimed_by TEXT REFERENCES people (id),
            claimed_at TEXT,
            claim_expires_at TEXT,
            decision TEXT CHECK (decision IN ('earned', 'notYet')),
            decided_by TEXT REFERENCES people (id),
            decided_at TEXT,
            UNIQUE (enrollment_id, attempt)
        )
        """,
        "CREATE INDEX submissions_queue ON submissions (organization_id, state, submitted_at)",
        """
        CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            submission_id TEXT NOT NULL UNIQUE REFERENCES submissions (id) ON DELETE CASCADE,
            assessor_id TEXT NOT NULL REFERENCES people (id),
            scores_json TEXT NOT NULL,
            summary TEXT NOT NULL,
            computed_decision TEXT NOT NULL CHECK (computed_decision IN ('earned', 'notYet')),
            override_decision TEXT CHECK (override_decision IN ('earned', 'notYet')),
            override_justification TEXT,
            decided_at TEXT NOT NULL,
            CHECK ((override_decision IS NULL) = (override_justification IS NULL))
        )
        """,
        """
        CREATE TABLE awards (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            submission_id TEXT NOT NULL UNIQUE REFERENCES submissions (id),
            educator_id TEXT NOT NULL REFERENCES people (id),
            microcredential_id TEXT NOT NULL REFERENCES microcredentials (id),
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id),
            assessor_id TEXT NOT NULL REFERENCES people (id),
            award_json TEXT NOT NULL,
            decided_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX awards_educator ON awards (organization_id, educator_id)",
        """
        CREATE TABLE video_comments (
            id TEXT PRIMARY KEY,
            submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            file_sha256 TEXT NOT NULL,
            start_seconds DOUBLE PRECISION NOT NULL CHECK (start_seconds >= 0),
            end_seconds DOUBLE PRECISION CHECK (end_seconds IS NULL OR end_seconds >= start_seconds),
            text TEXT NOT NULL,
            criterion_id TEXT,
            author_id TEXT NOT NULL REFERENCES people (id),
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX video_comments_submission ON video_comments (submission_id, start_seconds)",
        """
        CREATE TABLE comment_replies (
            id TEXT PRIMARY KEY,
            comment_id TEXT NOT NULL REFERENCES video_comments (id) ON DELETE CASCADE,
            author_id TEXT NOT NULL REFERENCES people (id),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE assessor_assignments (
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            microcredential_id TEXT NOT NULL DEFAULT '*',
            PRIMARY KEY (organization_id, person_id, microcredential_id)
        )
        """,
        """
        CREATE TABLE review_settings (
            microcredential_id TEXT PRIMARY KEY REFERENCES microcredentials (id) ON DELETE CASCADE,
            hide_educator_name INTEGER NOT NULL CHECK (hide_educator_name IN (0, 1))
        )
        """,
        """
        CREATE TABLE exemplars (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            microcredential_id TEXT NOT NULL REFERENCES microcredentials (id) ON DELETE CASCADE,
            version_id TEXT NOT NULL REFERENCES microcredential_versions (id),
            submission_id TEXT REFERENCES submissions (id) ON DELETE SET NULL,
            snapshot_json TEXT NOT NULL,
            reference_scores_json TEXT NOT NULL,
            created_by TEXT NOT NULL REFERENCES people (id),
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE calibration_attempts (
            exemplar_id TEXT NOT NULL REFERENCES exemplars (id) ON DELETE CASCADE,
            assessor_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            scores_json TEXT NOT NULL,
            scored_at TEXT NOT NULL,
            PRIMARY KEY (exemplar_id, assessor_id)
        )
        """,
        """
        CREATE TABLE second_scores (
            submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            assessor_id TEXT NOT NULL REFERENCES people (id),
            scores_json TEXT NOT NULL,
            scored_at TEXT NOT NULL,
            PRIMARY KEY (submission_id, assessor_id)
        )
        """,
        """
        CREATE TABLE review_policies (
            organization_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
            not_yet_before_coach INTEGER NOT NULL CHECK (not_yet_before_coach >= 1),
            claim_seconds DOUBLE PRECISION NOT NULL CHECK (claim_seconds > 0),
            second_scoring_share DOUBLE PRECISION NOT NULL CHECK (second_scoring_share >= 0 AND second_scoring_share <= 1)
        )
        """,
        """
        CREATE TABLE notification_preferences (
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            preference TEXT NOT NULL CHECK (preference IN ('immediate', 'dailyDigest')),
            PRIMARY KEY (organization_id, person_id)
        )
        """,
    ])
}
