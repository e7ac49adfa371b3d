import CairnApp
import CairnCore
import CairnHTTP
@testable import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// The database engine a web test runs the real app on: SQLite always, PostgreSQL when
/// `CAIRN_TEST_POSTGRES_URL` is set (a fresh database per app, dropped afterwards).
enum TestEngine: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)

    static var available: [TestEngine] {
        var engines: [TestEngine] = [.sqlite]
        if let url = ProcessInfo.processInfo.environment["CAIRN_TEST_POSTGRES_URL"], !url.isEmpty {
            engines.append(.postgres(url: url))
        }
        return engines
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }
}

/// The real Cairn application, seeded with the demo organizations, served on an ephemeral
/// loopback port from its own temporary data directory, so tests run in parallel.
final class TestApp {
    static let password = Demo.password

    let app: App
    let server: HTTPServer
    let directory: String
    private let dropDatabase: () -> Void

    var port: Int { server.port }
    var store: Store { app.installation.store }

    /// Runs `body` with a started app, and always stops it and removes its data afterwards.
    @discardableResult
    ///
    /// The demo's accounts and designs are seeded; its educators' enrollments and reviews only with
    /// `demoEarning` (tests of earning start from a clean slate).
    static func with<T>(_ engine: TestEngine = .sqlite, demoEarning: Bool = false, configure: (inout AppConfiguration) -> Void = { _ in },
                        _ body: (TestApp) throws -> T) throws -> T {
        let testApp = try TestApp(engine, demoEarning: demoEarning, configure: configure)
        defer { testApp.stop() }
        return try body(testApp)
    }

    private init(_ engine: TestEngine, demoEarning: Bool, configure: (inout AppConfiguration) -> Void) throws {
        let name = "cairn_w_" + Crypto.hex(Crypto.randomBytes(8))
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        var configuration = AppConfiguration()
        configuration.dataDirectory = directory
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.threads = 4
        configuration.environment = .development
        configuration.fastPasswordHashing = true
        configuration.publicStampLifetime = .zero  // tests that write through the store see the change at once
        var drop: () -> Void = {}
        if case .postgres(let url) = engine {
            let admin = try PostgresDatabase(url: url, maximumConnections: 1)
            defer { admin.close() }
            _ = try admin.withoutTransaction { try $0.execute(SQL(raw: "CREATE DATABASE \(name)")) }
            configuration.databaseURL = try PostgresTarget(url: url).with(database: name)
            drop = {
                guard let admin = try? PostgresDatabase(url: url, maximumConnections: 1) else { return }
                _ = try? admin.withoutTransaction { try $0.execute(SQL(raw: "DROP DATABASE \(name) WITH (FORCE)")) }
                admin.close()
            }
        }
        configure(&configuration)
        dropDatabase = drop
        do {
            app = try App(configuration: configuration)
            _ = try app.migrate()
            _ = try Demo.seed(into: app.installation, onlyIfEmpty: true, earning: demoEarning)
            server = app.makeServer()
            try server.start()
        } catch {
            drop()
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    func stop() {
        server.stop()
        app.close()
        dropDatabase()
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Clients

    /// A fresh browser with no cookies.
    func client() -> HTTPTestClient { HTTPTestClient(port: port) }

    /// A browser signed in as `email` (a demo login by default password); fails the test otherwise.
    func signedIn(_ email: String, password: String = TestApp.password,
                  sourceLocation: SourceLocation = #_sourceLocation) throws -> HTTPTestClient {
        let browser = client()
        let response = try browser.signIn(email, password: password)
        #expect(response.status == 303, "sign-in as \(email) answered \(response.status)", sourceLocation: sourceLocation)
        #expect(browser.cookies[SessionMiddleware.cookieName] != nil, sourceLocation: sourceLocation)
        return browser
    }

    // MARK: Looking behind the pages

    func organization(_ slug: String) throws -> Organization { try store.organizations.find(slug: slug) }

    /// The membership of `email` in the organization `slug`.
    func member(_ email: String, in slug: String = "riverbend") throws -> Member {
        let organization = try organization(slug)
        let person = try #require(try store.members.fetchPerson(email: EmailAddress(email)), "no person \(email)")
        return try #require(try store.members.fetchMember(person: person.id, organization: organization.id),
                            "\(email) is not a member of \(slug)")
    }

    /// Whether `email` has a membership in `slug`.
    func isMember(_ email: String, of slug: String = "riverbend") throws -> Bool {
        guard let person = try store.members.fetchPerson(email: EmailAddress(email)) else { return false }
        return try store.members.fetchMember(person: person.id, organization: organization(slug).id) != nil
    }

    /// Mail queued for `email`, newest first.
    func mails(to email: String) throws -> [OutgoingMail] {
        try store.outbox.recent(limit: 500).filter { $0.to.rawValue == email }
    }

    /// The path and query of the first link in `mail` that contains `path` (links carry the base URL).
    func link(in mail: OutgoingMail, to path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let line = try #require(mail.text.split(separator: "\n").first { $0.contains(path) },
                                "no \(path) link in: \(mail.text)", sourceLocation: sourceLocation)
        let start = try #require(line.range(of: path))
        return String(line[start.lowerBound...]).trimmingCharacters(in: .whitespaces)
    }
}
