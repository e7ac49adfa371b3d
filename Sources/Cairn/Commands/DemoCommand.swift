import CairnApp
import Foundation

/// `cairn demo`: seeds the demo organizations and prints their logins.
struct DemoCommand: Command {
    static let configuration = CommandConfiguration(
        name: "demo", abstract: "Seed the demo organizations and print their sign-in details.",
        discussion: "The demo passwords are public: never seed a demo into a database people rely on.",
        options: ConfigurationOptions.storage + [
            .flag("--if-empty", help: "Seed only when the database holds no organization yet."),
        ])

    let settings: AppConfiguration
    let ifEmpty: Bool

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        ifEmpty = arguments.flag("--if-empty")
    }

    func run() throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        let seeded = try Demo.seed(into: installation, onlyIfEmpty: ifEmpty)
        print(seeded ? "Seeded the demo organizations." : "The database already holds organizations: nothing seeded.")
        print("")
        print("Demo sign-ins (password for all: \(Demo.password)):")
        for login in Demo.logins { print("  \(login.role.padding(toLength: 10, withPad: " ", startingAt: 0)) \(login.email)") }
        return 0
    }
}
