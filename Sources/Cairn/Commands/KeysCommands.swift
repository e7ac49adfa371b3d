import CairnApp
import Foundation

/// What every `keys` command reads: the settings (storage, how issuers are named) and the organization.
struct KeysArguments {
    static let options = ConfigurationOptions.storage + ConfigurationOptions.issuing + [
        .value("--organization", "slug", help: "The organization whose keys these are."),
    ]

    let settings: AppConfiguration
    let organization: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        organization = try arguments.require("--organization")
    }

    /// Opens the installation (migrated), runs `body` with the organization's keys, and closes it.
    func withKeys(_ body: (IssuerKeys) throws -> Void) throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        try body(IssuerKeys(installation: installation))
        return 0
    }
}

/// `cairn keys show`: an organization's signing keys (public halves only) and the DID it issues as.
struct KeysShowCommand: Command {
    static let configuration = CommandConfiguration(
        name: "keys show", abstract: "Show an organization's credential signing keys and its issuer DID.",
        discussion: "Private keys never leave the database, where they are sealed under the master key (CAIRN_MASTER_KEY, or master.key in the data directory).",
        options: KeysArguments.options)

    let arguments: KeysArguments

    init(arguments: ParsedArguments) throws(UsageError) { self.arguments = try KeysArguments(arguments) }

    func run() throws -> Int32 {
        try arguments.withKeys { keys in
            let listed = try keys.list(organization: arguments.organization)
            guard !listed.keys.isEmpty else {
                print("'\(arguments.organization)' has no signing key yet: one is made when it issues its first credential (or run 'cairn keys rotate').")
                return
            }
            print("Issuer: \(listed.issuer ?? "(no active key)")")
            for key in listed.keys {
                let state = key.retiredAt.map { "retired \($0.formatted(.iso8601))" } ?? "active"
                print("  \(key.verificationMethod)  made \(key.createdAt.formatted(.iso8601)), \(state)")
            }
        }
    }
}

/// `cairn keys rotate`: a new signing key for an organization; the old ones stay published.
struct KeysRotateCommand: Command {
    static let configuration = CommandConfiguration(
        name: "keys rotate", abstract: "Give an organization a new credential signing key, keeping the old ones published.",
        discussion: """
            Credentials signed with a retired key still verify: its DID document (did:web) lists every key. \
            With did:key the issuer's DID is the key itself, so rotating changes the issuer's id: prefer did:web.
            """,
        options: KeysArguments.options)

    let arguments: KeysArguments

    init(arguments: ParsedArguments) throws(UsageError) { self.arguments = try KeysArguments(arguments) }

    func run() throws -> Int32 {
        try arguments.withKeys { keys in
            let key = try keys.rotate(organization: arguments.organization)
            print("New signing key for '\(arguments.organization)': \(key.verificationMethod)")
        }
    }
}

/// `cairn keys export`: an organization's public keys as JSON, for verifiers that want them ahead of time.
struct KeysExportCommand: Command {
    static let configuration = CommandConfiguration(
        name: "keys export", abstract: "Print an organization's public keys as JSON (its DID document with did:web).",
        options: KeysArguments.options)

    let arguments: KeysArguments

    init(arguments: ParsedArguments) throws(UsageError) { self.arguments = try KeysArguments(arguments) }

    func run() throws -> Int32 {
        try arguments.withKeys { keys in print(try keys.export(organization: arguments.organization)) }
    }
}
