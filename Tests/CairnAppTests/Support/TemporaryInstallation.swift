@testable import CairnApp
import Foundation

/// An installation on SQLite in a fresh temporary directory, migrated, for the use cases' tests.
enum TemporaryInstallation {
    /// Opens one (configured further by `configure`, signing credentials with `signer`), runs `body`,
    /// then closes it and removes the directory.
    static func with(configure: (inout AppConfiguration) -> Void = { _ in }, signer: any CredentialSigning = DataIntegrityCredentialSigner(),
                     _ body: (Installation) throws -> Void) throws {
        var configuration = AppConfiguration()
        configuration.dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-app-\(UUID().uuidString)").path
        configuration.fastPasswordHashing = true
        configuration.ffprobePath = nil
        configure(&configuration)
        defer { try? FileManager.default.removeItem(atPath: configuration.dataDirectory) }
        let installation = try Installation(configuration: configuration, credentialSigner: signer)
        defer { installation.close() }
        _ = try installation.migrate()
        try body(installation)
    }
}
