import CairnApp
import Foundation

/// `cairn migrate`: applies (or lists) pending database migrations.
struct MigrateCommand: Command {
    static let configuration = CommandConfiguration(
        name: "migrate", abstract: "Apply pending database migrations.",
        options: ConfigurationOptions.storage + [.flag("--dry-run", help: "List pending migrations without applying them.")])

    let settings: AppConfiguration
    let dryRun: Bool

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        dryRun = arguments.flag("--dry-run")
    }

    func run() throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        let migrations = dryRun ? try installation.pendingMigrations() : try installation.migrate()
        if migrations.isEmpty {
            print("The database is up to date.")
        } else {
            print(dryRun ? "Pending migrations:" : "Applied migrations:")
            for name in migrations { print("  \(name)") }
        }
        return 0
    }
}
