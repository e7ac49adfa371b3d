import Foundation

/// SQLite in WAL mode: one writer connection (writes take turns, `BEGIN IMMEDIATE`) and a few
/// read-only connections that read committed snapshots while a write is in progress.
public final class SQLiteDatabase: Database {
    public let engine = DatabaseEngine.sqlite
    public let path: String
    /// The one connection that writes (internal so tests can set connection pragmas on it).
    let writer: ConnectionPool<SQLiteConnection>
    private let readers: ConnectionPool<SQLiteConnection>
    private let statements: StatementCounter

    /// Opens (creating when missing) the database file.
    public init(path: String, readers readerCount: Int = 4, busyTimeout: TimeInterval = 5) throws(DatabaseError) {
        self.path = path
        let milliseconds = Int32(busyTimeout * 1000), statements = StatementCounter()
        self.statements = statements
        writer = ConnectionPool(capacity: 1, timeout: busyTimeout * 6) { () throws(DatabaseError) in
            try SQLiteConnection(path: path, readOnly: false, busyTimeout: milliseconds, counter: statements)
        }
        readers = ConnectionPool(capacity: readerCount, timeout: busyTimeout * 6) { () throws(DatabaseError) in
            try SQLiteConnection(path: path, readOnly: true, busyTimeout: milliseconds, counter: statements)
        }
        do {
            try writer.withConnection { _ in }  // creates the file and switches it to WAL before any reader opens
        } catch {
            throw error as? DatabaseError ?? DatabaseError(.other, "\(error)")
        }
    }

    @discardableResult

    public func read<T>(_ body: (any Connection) throws -> T) throws -> T {
        try readers.withConnection { try $0.transaction("BEGIN DEFERRED", body) }
    }

    @discardableResult

    public func write<T>(_ body: (any Connection) throws -> T) throws -> T {
        try writer.withConnection { try $0.transaction("BEGIN IMMEDIATE", body) }
    }

    public var statistics: PoolStatistics {
        var statistics = writer.statistics + readers.statistics
        statistics.statements = statements.value
        return statistics
    }

    public func close() {
        writer.close()
        readers.close()
    }
}
