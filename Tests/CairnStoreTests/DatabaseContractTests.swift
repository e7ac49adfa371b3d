import Foundation
import Synchronization
import Testing
import CairnCore
@testable import CairnStore

@Suite struct DatabaseContractTests {
    @Test(arguments: TestDatabase.available)
    func migrationsApplyOnceAndAreRecorded(_ engine: TestDatabase) throws {
        try engine.withDatabase(migrated: false) { db in
            #expect(try Migrator.pending(db).map(\.number) == Array(1...25))
            #expect(try Migrator.migrate(db, at: .fixture).map(\.number) == Array(1...25))
            #expect(try Migrator.migrate(db).isEmpty)
            #expect(try Migrator.pending(db).isEmpty)
            let rows = try db.read { try $0.query("SELECT number, name, applied_at FROM schema_migrations ORDER BY number") }
            #expect(rows.map { $0["name"] } == [.text("accounts"), .text("microcredentials"), .text("pilot invitations"),
                                                .text("earning and review"), .text("uploads"), .text("notifications"),
                                                .text("exemplar notes and score resolutions"), .text("pilot enrollments apart"),
                                                .text("one exemplar per submission"), .text("consent and outbox scope"), .text("known sign-in addresses and installation secrets"),
                                                .text("indexes for lists at district scale"),
                                                .text("second scores by organization"), .text("enrollment progress"), .text("kept member counts"), .text("member search indexes"),
                                                .text("credentials"), .text("pathways"), .text("pathway credentials"), .text("open badges api"),
                                                .text("direct awards"), .text("public evidence"), .text("cohort from an index"), .text("public evidence consent and takedowns"),
                                                .text("kept school cohort sizes")])
            #expect(try rows[0].get("number", as: Int.self) == 1)
            #expect(try rows[0].get("name", as: String.self) == "accounts")
            #expect(try rows[0].get("applied_at", as: Date.self) == .fixture)
            #expect(rows[0]["applied_at"] == .text("2025-03-01T09:00:00.000Z"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func aStatementRunAgainAfterASchemaChangeReadsTheNewColumns(_ engine: TestDatabase) throws {
        try engine.withDatabase { db in
            try db.write { tx in
                try tx.execute(SQL(raw: "CREATE TABLE shapes (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"))
                try tx.execute(SQL(raw: "INSERT INTO shapes (id, name) VALUES (1, 'triangle')"))
            }
            let everything = SQL(raw: "SELECT * FROM shapes")
            #expect(try db.read { try $0.query(everything) }.first?.columns == ["id", "name"])
            try db.write { try $0.execute(SQL(raw: "ALTER TABLE shapes ADD COLUMN sides INTEGER NOT NULL DEFAULT 3")) }
            let row = try #require(try db.read { try $0.query(everything) }.first)
            #expect(row.columns == ["id", "name", "sides"])
            #expect(row["sides"] == .integer(3) && row["name"] == .text("triangle"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func everyValueTypeRoundTrips(_ engine: TestDatabase) throws {
        try engine.withDatabase { db in
            let blobType = db.engine == .sqlite ? "BLOB" : "BYTEA"
            let date = Date(timeIntervalSince1970: 1_740_819_600.123)
            let uuid = UUID()
            let text = "Zoë 👩🏽‍🏫 \"quoted\" 'single'; DROP TABLE people; -- ?$1 \\x00"
            try db.write { tx in
                try tx.execute(SQL(raw: """
                    CREATE TABLE vals (k INTEGER PRIMARY KEY, t TEXT, i BIGINT, r DOUBLE PRECISION, b \(blobType), e \(blobType),
                                       n TEXT, d TEXT, flag INTEGER, u TEXT, small BIGINT)
                    """))
                try tx.execute("""
                    INSERT INTO vals VALUES (1, \(text), \(Int64.max), \(-1.5e300), \([UInt8]([0, 1, 127, 128, 255])), \([UInt8]()),
                                             \(String?.none), \(date), \(true), \(uuid), \(Int64.min))
                    """)
            }
            let row = try #require(try db.read { try $0.queryOne("SELECT * FROM vals WHERE k = \(1)") })
            #expect(try row.get("t", as: String.self) == text)
            #expect(try row.get("i", as: Int64.self) == Int64.max)
            #expect(try row.get("small", as: Int64.self) == Int64.min)
            #expect(try row.get("r", as: Double.self) == -1.5e300)
            #expect(try row.get("b", as: [UInt8].self) == [0, 1, 127, 128, 255])
            #expect(try row.get("e", as: [UInt8].self) == [])
            #expect(row["n"] == .null)
            #expect(try row.get("n", as: String?.self) == nil)
            #expect(try row.get("d", as: Date.self) == date)
            #expect(row["d"] == .text("2025-03-01T09:00:00.123Z"))
            #expect(try row.get("flag", as: Bool.self) == true)
            #expect(try row.get("u", as: UUID.self) == uuid)
            #expect(throws: DatabaseError.self) { try row.get("t", as: Int.self) }
            #expect(throws: DatabaseError.self) { try row.get("missing", as: String.self) }
        }
    }

    @Test(arguments: TestDatabase.available)
    func boundValuesAreNeverExecuted(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let hostile = "x'; DELETE FROM organizations; --"
            try Fixture().insert(into: store)
            #expect(try store.organizations.fetch(slug: hostile) == nil)
            #expect(try store.organizations.all().count == 2)
            let listed = try store.database.read { try $0.query("SELECT slug FROM organizations WHERE slug IN (\(list: ["lakeside", hostile])) ") }
            #expect(listed.map { $0["slug"] } == [.text("lakeside")])
            let none = try store.database.read { try $0.query("SELECT slug FROM organizations WHERE slug IN (\(list: [String]())) ") }
            #expect(none.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aTransactionThatThrowsLeavesNothingWritten(_ engine: TestDatabase) throws {
        struct Oops: Error {}
        try engine.withStore { store in
            let fixture = Fixture()
            #expect(throws: Oops.self) {
                try store.write { tx in
                    try store.organizations.create(fixture.riverbend, in: tx)
                    try store.members.createPerson(fixture.ana, in: tx)
                    throw Oops()
                }
            }
            #expect(try store.organizations.all().isEmpty)
            #expect(try store.members.fetchPerson(fixture.ana.id) == nil)
            // The connection is usable afterwards.
            try store.organizations.create(fixture.riverbend)
            #expect(try store.organizations.all() == [fixture.riverbend])
        }
    }

    @Test(arguments: TestDatabase.available)
    func constraintFailuresMapToOneKindOnBothEngines(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let fixture = Fixture()
            try fixture.insert(into: store)
            let twin = Person(email: fixture.ana.email, displayName: "Another Ana", createdAt: .fixture)
            let unique = try #require(throws: DatabaseError.self) { try store.members.createPerson(twin, passwordHash: "secret-hash") }
            #expect(unique.kind == .uniqueViolation)
            #expect(!unique.description.contains("ana@riverbend.example"))
            #expect(!unique.description.contains("secret-hash"))
            #expect(unique.sql?.contains("INSERT INTO people") == true)

            let orphan = Membership(organizationID: .generate(), personID: fixture.ana.id, roles: [.coach], createdAt: .fixture)
            #expect(try #require(throws: DatabaseError.self) { try store.members.addMembership(orphan) }.kind == .foreignKeyViolation)

            let syntax = try #require(throws: DatabaseError.self) { try store.database.read { try $0.query("SELEC 1") } }
            #expect(syntax.kind == .syntax)
            let missing = try #require(throws: DatabaseError.self) { try store.database.read { try $0.query("SELECT * FROM nowhere") } }
            #expect(missing.kind == .syntax)
        }
    }

    @Test(arguments: TestDatabase.available)
    func readsCannotWrite(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            #expect(throws: DatabaseError.self) {
                try store.database.read { try $0.execute("DELETE FROM organizations") }
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func writesFromManyThreadsAllLand(_ engine: TestDatabase) throws {
        try engine.withStore { (store: Store) throws in
            let failures = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: 16) { i in
                do {
                    try store.organizations.create(Organization(name: "Org \(i)", slug: "org-\(i)", createdAt: .fixture))
                    _ = try store.organizations.all()
                } catch { failures.withLock { $0 += 1 } }
            }
            #expect(failures.withLock { $0 } == 0)
            #expect(try store.organizations.all().count == 16)
            #expect(store.database.statistics.inUse == 0)
            #expect(store.database.statistics.open >= 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func everyStatementRunIsCounted(_ engine: TestDatabase) throws {
        try engine.withDatabase { db in
            try db.read { _ = try $0.query("SELECT 0 AS zero") }  // opens the reading connection (its pragmas count too)
            let before = db.statistics.statements
            try db.read { connection in
                _ = try connection.query("SELECT 1 AS one")
                _ = try connection.queryOne("SELECT 2 AS two")
            }
            // BEGIN, the two queries and COMMIT, counted across the reading and the writing connections.
            let afterRead = db.statistics.statements
            #expect(afterRead - before == 4)
            try db.write { try $0.execute("CREATE TABLE counted (n INTEGER)") }
            #expect(db.statistics.statements - afterRead == 3)
        }
    }

    @Test func openDatabaseChoosesTheEngineFromTheURL() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-open-" + Crypto.randomToken()).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try openDatabase(url: nil, dataDirectory: directory)
        #expect(db.engine == .sqlite)
        #expect(FileManager.default.fileExists(atPath: directory + "/cairn.sqlite"))
        db.close()
        let explicit = try openDatabase(url: "sqlite://\(directory)/other.sqlite", dataDirectory: "/nonexistent")
        #expect(explicit.engine == .sqlite)
        explicit.close()
        #expect(throws: DatabaseError.self) { try openDatabase(url: "mysql://x", dataDirectory: directory) }
        #expect(throws: DatabaseError.self) { try openDatabase(url: "sqlite://relative.db", dataDirectory: directory) }
    }

    @Test func aFailedPostgresConnectionNamesHostAndDatabaseButNotThePassword() throws {
        let error = try #require(throws: DatabaseError.self) {
            try PostgresDatabase(url: "postgres://cairn:hunter2-secret@127.0.0.1:1/cairn_prod?connect_timeout=2")
        }
        #expect(error.kind == .connectionFailed)
        #expect(error.message.contains("127.0.0.1:1"))
        #expect(error.message.contains("cairn_prod"))
        #expect(!error.description.contains("hunter2-secret"))
    }

    @Test(arguments: TestDatabase.available.filter { $0.testDescription == "PostgreSQL" })
    func aBrokenPostgresConnectionIsReplaced(_ engine: TestDatabase) throws {
        try engine.withDatabase { db in
            let pid = try db.read { try $0.queryOne("SELECT pg_backend_pid() AS pid")!.get("pid", as: Int.self) }
            // Another session kills our only idle connection's backend.
            try PostgresDatabase(url: (db as! PostgresDatabase).target.url, maximumConnections: 1).read { tx in
                try tx.execute("SELECT pg_terminate_backend(CAST(\(pid) AS INTEGER))")
            }
            Thread.sleep(forTimeInterval: 0.2)
            let again = try db.read { try $0.queryOne("SELECT pg_backend_pid() AS pid")!.get("pid", as: Int.self) }
            #expect(again != pid)
        }
    }
}
