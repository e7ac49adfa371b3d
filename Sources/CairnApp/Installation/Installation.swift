import CairnCore
import CairnStore
import Foundation
import Synchronization

/// One Cairn installation: its configuration, its database and evidence files, password hashing
/// and the clock. The use cases work with it; the web app and the command line open one.
public final class Installation: Sendable {
    public let configuration: AppConfiguration
    package let store: Store
    package let blobs: BlobStore
    package let passwords: PasswordHasher
    package let clock: @Sendable () -> Date
    /// The bytes of resumable uploads not yet complete.
    public let partialUploads: PartialUploads
    /// A hash of a random password, made on first need, that a sign-in without an account is
    /// checked against, so a miss takes as long as a wrong password.
    private let decoy = Mutex<String?>(nil)
    /// The public pages' stamps read lately (`Catalog.stamped`).
    package let publicStamps: PublicStamps
    /// The organizations' signing keys, opened on first use.
    package let signingKeys: SigningKeys
    /// What signs credentials (a failing one in the tests that show issuing is all or nothing).
    package let credentialSigner: any CredentialSigning
    /// Shared credentials, revocation list states and signed lists read lately.
    package let credentialReads: CredentialReads

    /// Opens the database (SQLite in the data directory, or PostgreSQL) and the blob store.
    public convenience init(configuration: AppConfiguration, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        try self.init(configuration: configuration, clock: clock, credentialSigner: DataIntegrityCredentialSigner())
    }

    /// An installation that signs credentials with `credentialSigner`.
    package init(configuration: AppConfiguration, clock: @escaping @Sendable () -> Date = { Date() },
                 credentialSigner: any CredentialSigning) throws {
        self.configuration = configuration
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        store = Store(database: try openDatabase(url: configuration.databaseURL, dataDirectory: configuration.dataDirectory))
        blobs = try BlobStore(directory: configuration.dataDirectory + "/blobs")
        partialUploads = try PartialUploads(directory: configuration.dataDirectory + "/uploads")
        passwords = PasswordHasher(strength: configuration.fastPasswordHashing ? .minimal : .interactive)
        self.clock = clock
        publicStamps = PublicStamps(lifetime: configuration.publicStampLifetime)
        signingKeys = SigningKeys(configuration: configuration)
        credentialReads = CredentialReads(lifetime: configuration.publicStampLifetime)
        self.credentialSigner = credentialSigner
    }

    /// Where the server keeps the files of request bodies while they arrive.
    public var requestBodyDirectory: String { configuration.dataDirectory + "/tmp" }

    /// Whether the database answers (the readiness check).
    public func checkDatabase() throws { try store.checkConnection() }

    /// The database's connections and the statements it has run, for `/metrics`.
    public var databaseLoad: DatabaseLoad {
        let statistics = store.database.statistics
        return DatabaseLoad(open: statistics.open, inUse: statistics.inUse, waiting: statistics.waiting, statements: statistics.statements)
    }

    /// The name of the database engine in use (`sqlite`, `postgres`).
    public var databaseEngine: String { store.database.engine.rawValue }

    /// Applies pending migrations, then refreshes the query planner's statistics; returns the names of those applied.
    public func migrate() throws -> [String] {
        let applied = try Migrator.migrate(store.database).map { "\($0.number) \($0.name)" }
        try store.refreshPlannerStatistics()
        return applied
    }

    /// Names the migrations not yet applied.
    public func pendingMigrations() throws -> [String] {
        try Migrator.pending(store.database).map { "\($0.number) \($0.name)" }
    }

    /// Account administration for the command line (organizations, people, reset links).
    public var administration: Administration { Administration(installation: self) }

    /// The decoy password hash (see `decoy`), made with this installation's hashing strength.
    package func decoyPasswordHash() throws -> String {
        if let known = decoy.withLock({ $0 }) { return known }
        let made = try passwords.hash(Crypto.randomToken())
        return decoy.withLock { kept in
            if let kept { return kept }
            kept = made
            return made
        }
    }

    /// Closes the database.
    public func close() {
        store.database.close()
    }
}
