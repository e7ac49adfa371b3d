import CairnApp
import Foundation

/// `cairn demo`: seeds the demo organizations and prints their logins.
struct DemoCommand: Command {
    static let configuration = CommandConfiguration(
        name: "demo", abstract: "Seed the demo organizations and print their sign-in details.",
        discussion: "The demo passwords are public: never seed a demo into a database people rely on.",
        options: ConfigurationOptions.storage + ConfigurationOptions.issuing + [
            .flag("--if-empty", help: "Seed only when the database holds no organization yet."),
            .value("--scale", "small|district",
                   help: "district also seeds Northfield: 50,000 educators in 40 schools with years of work (a few minutes)."),
        ])

    let settings: AppConfiguration
    let ifEmpty: Bool
    let district: Bool

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        ifEmpty = arguments.flag("--if-empty")
        switch arguments.value("--scale") ?? "small" {
        case "small": district = false
        case "district": district = true
        case let other: throw UsageError("--scale is small or district, not '\(other)'.")
        }
    }

    func run() throws -> Int32 {
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        _ = try installation.migrate()
        let seeded = try Demo.seed(into: installation, onlyIfEmpty: ifEmpty)
        print(seeded ? "Seeded the demo organizations." : "The database already holds organizations: nothing seeded.")
        var logins = Demo.logins
        if district {
            let started = Date()
            if let counts = try DistrictDemo.seed(into: installation, progress: { written in
                FileHandle.standardError.write(Data("\rNorthfield: \(written) educators written".utf8))
            }) {
                FileHandle.standardError.write(Data("\n".utf8))
                print("Seeded Northfield Public Schools in \(Int(Date().timeIntervalSince(started))) s: \(counts.members) members, "
                      + "\(counts.enrollments) enrollments, \(counts.evidenceItems) evidence items, \(counts.submissions) submissions, "
                      + "\(counts.reviews) reviews, \(counts.awards) awards, \(counts.credentials) signed credentials (\(counts.revokedCredentials) revoked).")
            } else {
                print("Northfield Public Schools exists already: nothing more seeded.")
            }
            logins += DistrictDemo.logins
        }
        print("")
        print("Demo sign-ins (password for all: \(Demo.password)):")
        for login in logins { print("  \(login.role.padding(toLength: 10, withPad: " ", startingAt: 0)) \(login.email)") }
        print("")
        for line in Demo.tryFirst { print("Try: \(line)") }
        return 0
    }
}
