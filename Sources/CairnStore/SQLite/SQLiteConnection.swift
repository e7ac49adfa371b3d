import CSQLite

/// One SQLite connection with its cache of prepared statements. Used by one thread at a time.
final class SQLiteConnection: Connection {
    let engine = DatabaseEngine.sqlite
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]
    private let counter: StatementCounter?
    private static let cacheLimit = 128
    /// How much of the database file is memory-mapped (SQLite's own ceiling is just under 2 GiB).
    private static let mmapBytes: Int64 = 2_147_418_112
    /// The page cache of one connection, in KiB.
    private static let cacheKibibytes = 32_768

    init(path: String, readOnly: Bool, busyTimeout: Int32, counter: StatementCounter? = nil) throws(DatabaseError) {
        self.counter = counter
        SQLiteLibrary.configure()
        var handle: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError(.connectionFailed, "cannot open SQLite database at \(path): \(String(cString: sqlite3_errstr(code)))")
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeout)
        var enabled: Int32 = 0
        _ = cairn_sqlite3_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &enabled)
        guard enabled == 1 else { throw DatabaseError(.other, "SQLite refused to enforce foreign keys") }
        _ = cairn_sqlite3_db_config_int(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nil)
        guard cairn_sqlite3_add_functions(handle) == SQLITE_OK else { throw DatabaseError(.other, "SQLite refused Cairn's SQL functions") }
        // Read pages through a memory map and keep more of them per connection: a district's
        // database is gigabytes, and reading each page with a system call dominated large pages.
        try execute("PRAGMA mmap_size = \(raw: String(Self.mmapBytes))")
        try execute("PRAGMA cache_size = -\(raw: String(Self.cacheKibibytes))")
        if !readOnly {
            let mode = try query("PRAGMA journal_mode = WAL").first?["journal_mode"]
            guard mode == .text("wal") else { throw DatabaseError(.other, "SQLite refused WAL mode at \(path)") }
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    @discardableResult
    func execute(_ sql: SQL) throws(DatabaseError) -> Int {
        _ = try run(sql)
        return Int(sqlite3_changes64(handle))
    }

    func query(_ sql: SQL) throws(DatabaseError) -> [Row] { try run(sql) }

    private func run(_ sql: SQL) throws(DatabaseError) -> [Row] {
        counter?.increment()
        let (text, values) = sql.rendered(for: .sqlite)
        let statement = try prepared(text)
        try statement.bind(values, db: handle)
        return try statement.run(db: handle)
    }

    private func prepared(_ text: String) throws(DatabaseError) -> SQLiteStatement {
        if let cached = statements[text] { return cached }
        let statement = try SQLiteStatement(text, in: handle)
        if statements.count >= Self.cacheLimit { statements.removeAll() }
        statements[text] = statement
        return statement
    }

    /// Runs the body between `begin` and COMMIT, rolling back when it throws.
    func transaction<T>(_ begin: String, _ body: (any Connection) throws -> T) throws -> T {
        try execute(SQL(raw: begin))
        do {
            let result = try body(self)
            try execute("COMMIT")
            return result
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { _ = try? execute("ROLLBACK") }
            throw error
        }
    }
}
