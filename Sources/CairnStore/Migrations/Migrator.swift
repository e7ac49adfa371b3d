import Foundation

/// Applies the numbered migrations that have not run yet, each in its own transaction, and
/// records them in `schema_migrations` (number, name, applied_at).
public enum Migrator {
    /// Every migration Cairn knows, in order.
    public static let all: [Migration] = [
        Migration0001Accounts.migration,
        Migration0002Microcredentials.migration,
        Migration0003PilotInvitations.migration,
        Migration0004EarningAndReview.migration,
        Migration0005Uploads.migration,
        Migration0006Notifications.migration,
        Migration0007ExemplarNotesAndScoreResolutions.migration,
        Migration0008PilotEnrollmentsApart.migration,
        Migration0009OneExemplarPerSubmission.migration,
        Migration0010ConsentAndOutboxScope.migration,
        Migration0011KnownAddressesAndSecrets.migration,
        Migration0012ListsAtDistrictScale.migration,
        Migration0013SecondScoresByOrganization.migration,
        Migration0014EnrollmentProgress.migration,
        Migration0015KeptMemberCounts.migration,
        Migration0016MemberSearchIndexes.migration,
        Migration0017Credentials.migration,
        Migration0018Pathways.migration,
        Migration0019PathwayCredentials.migration,
        Migration0020OpenBadgesAPI.migration,
        Migration0021DirectAwards.migration,
        Migration0022PublicEvidence.migration,
        Migration0023CohortFromAnIndex.migration,
        Migration0024PublicEvidenceConsent.migration,
        Migration0025KeptSchoolCohortSizes.migration,
    ]

    /// Applies what is pending; returns what was applied. Safe to run from several processes at once.
    @discardableResult
    public static func migrate(_ db: any Database, migrations: [Migration] = all, at now: Date = Date()) throws -> [Migration] {
        try createLedger(db)
        var applied: [Migration] = []
        for migration in migrations.sorted(by: { $0.number < $1.number }) {
            let didApply = try db.write { tx in
                if tx.engine == .postgres { try tx.execute("SELECT pg_advisory_xact_lock(\(Int64(0x4361_6972_6e)))") }
                guard try tx.queryOne("SELECT 1 AS one FROM schema_migrations WHERE number = \(migration.number)") == nil else {
                    return false
                }
                for statement in migration.statements(for: tx.engine) { try tx.execute(SQL(raw: statement)) }
                try tx.execute("""
                    INSERT INTO schema_migrations (number, name, applied_at) VALUES (\(migration.number), \(migration.name), \(now))
                    """)
                return true
            }
            if didApply { applied.append(migration) }
        }
        return applied
    }

    /// The migrations not applied yet.
    public static func pending(_ db: any Database, migrations: [Migration] = all) throws -> [Migration] {
        try createLedger(db)
        let done = try db.read { tx in
            Set(try tx.query("SELECT number FROM schema_migrations").map { try $0.get("number", as: Int.self) })
        }
        return migrations.filter { !done.contains($0.number) }.sorted { $0.number < $1.number }
    }

    private static func createLedger(_ db: any Database) throws {
        try db.write { tx in
            if tx.engine == .postgres { try tx.execute("SELECT pg_advisory_xact_lock(\(Int64(0x4361_6972_6e)))") }
            try tx.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    number INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )
                """)
        }
    }
}
