@testable import Cairn
import CairnApp
import CairnWeb
import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func flagsWinOverEnvironmentVariablesWhichWinOverDefaults() throws {
        let parsed = try ParsedArguments(["--port", "9000", "--data-dir=/srv/cairn"], for: ServeCommand.configuration)
        let settings = try ConfigurationOptions.resolve(parsed, environment: [
            "CAIRN_PORT": "7000", "CAIRN_HOST": "0.0.0.0", "CAIRN_SMTP_URL": "smtp://mail.example.org:587",
        ])
        #expect(settings.port == 9000)
        #expect(settings.dataDirectory == "/srv/cairn")
        #expect(settings.host == "0.0.0.0")
        #expect(settings.smtpURL == "smtp://mail.example.org:587")
        #expect(settings.databaseURL == "")
        #expect(settings.environment == .development)
    }

    @Test func anHttpsPublicURLMakesCookiesSecure() throws {
        let parsed = try ParsedArguments(["--public-url", "https://cairn.riverbend.org"], for: ServeCommand.configuration)
        let settings = try ConfigurationOptions.resolve(parsed, environment: [:])
        #expect(settings.secureCookies)
        #expect(settings.baseURL == "https://cairn.riverbend.org")
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let environment: [String: String]
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        BadInput(arguments: ["--databse-url", "x"], environment: [:], message: "Unknown option '--databse-url'"),
        BadInput(arguments: ["--port"], environment: [:], message: "Option '--port' needs a value"),
        BadInput(arguments: ["--port", "http"], environment: [:], message: "Invalid value 'http' for '--port'"),
        BadInput(arguments: [], environment: ["CAIRN_PORT": "70000"], message: "Invalid value '70000' for '--port'"),
        BadInput(arguments: ["--env", "staging"], environment: [:], message: "Invalid value 'staging' for '--env'"),
        BadInput(arguments: ["--smtp-url", "mail.example.org"], environment: [:], message: "Invalid value 'mail.example.org' for '--smtp-url'"),
        BadInput(arguments: ["serve"], environment: [:], message: "Unexpected argument 'serve'"),
    ])
    func refusesBadInputNamingIt(_ input: BadInput) {
        do {
            let parsed = try ParsedArguments(input.arguments, for: ServeCommand.configuration)
            _ = try ConfigurationOptions.resolve(parsed, environment: input.environment)
            Issue.record("accepted \(input.arguments) \(input.environment)")
        } catch {
            #expect(error.message.hasPrefix(input.message), "\(error.message)")
        }
    }

    @Test func helpListsEveryOptionWithItsEnvironmentVariable() {
        let help = Help.text(for: ServeCommand.configuration)
        #expect(help.hasPrefix("OVERVIEW: Apply pending migrations and serve Cairn over HTTP."))
        #expect(help.contains("USAGE: cairn serve"))
        for option in ServeCommand.configuration.options {
            #expect(help.contains(option.name), "\(option.name) missing from help")
            if let variable = option.environment { #expect(help.contains("(env: \(variable))")) }
        }
    }

    @Test func anUnknownCommandIsAUsageError() {
        #expect(CairnCommandLine.run(["serv"]) == 64)
        #expect(CairnCommandLine.run(["migrate", "--bogus"]) == 64)
        #expect(CairnCommandLine.run(["migrate", "--help"]) == 0)
    }

    @Test func theFirstAdminCanBeCreatedAndSignInDetailsWork() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var settings = AppConfiguration()
        settings.dataDirectory = directory
        settings.fastPasswordHashing = true
        // The command line's own path: an installation, no web app.
        let app = try Installation(configuration: settings)
        defer { app.close() }
        _ = try app.migrate()
        try app.administration.createOrganization(name: "Harbor District", slug: "harbor")
        #expect(throws: Administration.Problem.self) { try app.administration.createOrganization(name: "Again", slug: "harbor") }
        #expect(throws: Administration.Problem.self) { try app.administration.createOrganization(name: "Bad", slug: "Not A Slug") }
        try app.administration.createUser(email: "IT@Harbor.example", displayName: "Harbor IT", organizationSlug: "harbor",
                                          roleNames: ["admin"], password: "a long enough passphrase")
        #expect(throws: Administration.Problem.self) {
            try app.administration.createUser(email: "x@harbor.example", displayName: "X", organizationSlug: "harbor",
                                              roleNames: ["admin"], password: "short")
        }
        #expect(throws: Administration.Problem.self) {
            try app.administration.createUser(email: "y@harbor.example", displayName: "Y", organizationSlug: "nowhere",
                                              roleNames: ["admin"], password: "a long enough passphrase")
        }
        let link = try app.administration.passwordResetLink(email: "it@harbor.example")
        #expect(link.hasPrefix("http://127.0.0.1:8080/password/reset?token="))
        #expect(throws: Administration.Problem.self) { try app.administration.passwordResetLink(email: "nobody@harbor.example") }
    }
}

@Suite struct TrustProxyOptionTests {
    @Test func theUploadLimitComesFromTheFlagOrTheEnvironment() throws {
        let flag = try ConfigurationOptions.resolve(try ParsedArguments(["--max-upload-gb", "8"], for: ServeCommand.configuration),
                                                    environment: ["CAIRN_MAX_UPLOAD_GB": "2"])
        #expect(flag.uploadLimits.maximumBytes == 8 << 30)
        let variable = try ConfigurationOptions.resolve(try ParsedArguments([], for: ServeCommand.configuration),
                                                        environment: ["CAIRN_MAX_UPLOAD_GB": "2"])
        #expect(variable.uploadLimits.maximumBytes == 2 << 30)
        #expect(throws: UsageError.self) {
            try ConfigurationOptions.resolve(try ParsedArguments(["--max-upload-gb", "0"], for: ServeCommand.configuration), environment: [:])
        }
    }

    @Test func theShutdownGracePeriodComesFromTheFlagOrTheEnvironment() throws {
        let none = try ConfigurationOptions.resolve(try ParsedArguments([], for: ServeCommand.configuration), environment: [:])
        #expect(none.shutdownGraceSeconds == 10)
        let flag = try ConfigurationOptions.resolve(try ParsedArguments(["--shutdown-grace", "30"], for: ServeCommand.configuration),
                                                    environment: ["CAIRN_SHUTDOWN_GRACE": "5"])
        #expect(flag.shutdownGraceSeconds == 30)
        let variable = try ConfigurationOptions.resolve(try ParsedArguments([], for: ServeCommand.configuration),
                                                        environment: ["CAIRN_SHUTDOWN_GRACE": "5"])
        #expect(variable.shutdownGraceSeconds == 5)
        #expect(throws: UsageError.self) {
            try ConfigurationOptions.resolve(try ParsedArguments(["--shutdown-grace", "-1"], for: ServeCommand.configuration), environment: [:])
        }
    }

    @Test func trustingAProxyIsOffUnlessAskedFor() throws {
        let none = try ConfigurationOptions.resolve(try ParsedArguments([], for: ServeCommand.configuration), environment: [:])
        #expect(!none.trustProxy)
        let flag = try ConfigurationOptions.resolve(try ParsedArguments(["--trust-proxy"], for: ServeCommand.configuration), environment: [:])
        #expect(flag.trustProxy)
        let variable = try ConfigurationOptions.resolve(try ParsedArguments([], for: ServeCommand.configuration),
                                                        environment: ["CAIRN_TRUST_PROXY": "1"])
        #expect(variable.trustProxy)
    }
}
