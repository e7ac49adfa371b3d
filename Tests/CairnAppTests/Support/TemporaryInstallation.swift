@testable import CairnApp
import Foundation

/// An installation on SQLite in a fresh temporary directory, migrated, for the use cases' tests.
enum TemporaryInstallation {
    /// Opens one, runs `body`, then closes it and removes the directory.
    static func with(_ body: (Installation) throws -> Void) throws {
        var configuration = AppConfiguration()
        configuration.dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-app-\(UUID().uuidString)").path
        configuration.fastPasswordHashing = true
        configuration.ffprobePath = nil
        defer { try? FileManager.default.removeItem(atPath: configuration.dataDirectory) }
        let installation = try Installation(configuration: configuration)
        defer { installation.close() }
        _ = try installation.migrate()
        try body(installation)
    }
}
