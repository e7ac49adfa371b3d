import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// An engine the contract suite runs on: SQLite always, PostgreSQL when `CAIRN_TEST_POSTGRES_URL` is set.
enum TestDatabase: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)

    static var available: [TestDatabase] {
        var engines: [TestDatabase] = [.sqlite]
        if let url = ProcessInfo.processInfo.environment["CAIRN_TEST_POSTGRES_URL"], !url.isEmpty { engines.append(.postgres(url: url)) }
        return engines
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    /// Runs the body with a fresh, empty database (migrated unless told otherwise), removed afterwards.
    @discardableResult
    func withDatabase<T>(migrated: Bool = true, _ body: (any Database) throws -> T) throws -> T {
        let name = "cairn_t_" + Crypto.hex(Crypto.randomBytes(8))
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let db = try SQLiteDatabase(path: directory + "/test.sqlite")
            defer { db.close() }
            if migrated { try Migrator.migrate(db) }
            return try body(db)
        case .postgres(let url):
            let admin = try PostgresDatabase(url: url, maximumConnections: 1)
            defer { admin.close() }
            _ = try admin.withoutTransaction { try $0.execute(SQL(raw: "CREATE DATABASE \(name)")) }
            defer { _ = try? admin.withoutTransaction { try $0.execute(SQL(raw: "DROP DATABASE \(name) WITH (FORCE)")) } }
            let db = try PostgresDatabase(url: PostgresTarget(url: url).with(database: name), maximumConnections: 12)
            defer { db.close() }
            if migrated { try Migrator.migrate(db) }
            return try body(db)
        }
    }

    @discardableResult
    func withStore<T>(_ body: (Store) throws -> T) throws -> T {
        try withDatabase { try body(Store(database: $0)) }
    }
}

extension Date {
    /// 2025-03-01T09:00:00.000Z, a whole number of milliseconds (what the database keeps).
    static let fixture = Date(timeIntervalSince1970: 1_740_819_600)
    func plus(minutes: Double = 0, days: Double = 0) -> Date { addingTimeInterval(minutes * 60 + days * 86400) }
}

/// A small organization with people for repository tests.
struct Fixture {
    let riverbend = Organization(name: "Riverbend Unified School District", slug: "riverbend", createdAt: .fixture)
    let lakeside = Organization(name: "Lakeside Academy", slug: "lakeside", createdAt: .fixture)
    let ana = Person(email: try! EmailAddress("ana@riverbend.example"), displayName: "Ana Lopez", createdAt: .fixture)
    let ben = Person(email: try! EmailAddress("ben@lakeside.example"), displayName: "Ben Okafor", createdAt: .fixture)

    /// Creates both organizations, both people, Ana in Riverbend (admin, educator) and Ben in Lakeside (educator).
    @discardableResult
    func insert(into store: Store) throws -> (ana: Membership, ben: Membership) {
        let anaMembership = Membership(organizationID: riverbend.id, personID: ana.id, roles: [.admin, .educator], createdAt: .fixture)
        let benMembership = Membership(organizationID: lakeside.id, personID: ben.id, roles: [.educator], createdAt: .fixture)
        try store.write { tx in
            try store.organizations.create(riverbend, in: tx)
            try store.organizations.create(lakeside, in: tx)
            try store.members.createPerson(ana, passwordHash: "hash-a", in: tx)
            try store.members.createPerson(ben, in: tx)
            try store.members.addMembership(anaMembership, in: tx)
            try store.members.addMembership(benMembership, in: tx)
        }
        return (anaMembership, benMembership)
    }
}
