import Foundation

/// PostgreSQL through libpq: a bounded pool of connections; a caller waits up to `timeout` for one.
///
/// A connection found broken is dropped and replaced; a transaction whose BEGIN fails on a broken
/// connection is retried once on a fresh one (nothing was done yet).
public final class PostgresDatabase: Database {
    public let engine = DatabaseEngine.postgres
    private let pool: ConnectionPool<PostgresConnection>
    private let statements: StatementCounter
    let target: PostgresTarget

    /// Connects once now, so that a wrong URL fails at start-up rather than on the first request.
    public init(url: String, maximumConnections: Int = 10, timeout: TimeInterval = 10) throws(DatabaseError) {
        let target = try PostgresTarget(url: url)
        self.target = target
        let statements = StatementCounter()
        self.statements = statements
        pool = ConnectionPool(capacity: maximumConnections, timeout: timeout,
                              open: { () throws(DatabaseError) in try PostgresConnection(target, counter: statements) },
                              isHealthy: { $0.isHealthy })
        do { try pool.withConnection { _ in } } catch {
            throw error as? DatabaseError ?? DatabaseError(.other, "\(error)")
        }
    }

    @discardableResult

    public func read<T>(_ body: (any Connection) throws -> T) throws -> T {
        try transaction("BEGIN READ ONLY", body)
    }

    @discardableResult

    public func write<T>(_ body: (any Connection) throws -> T) throws -> T {
        try transaction("BEGIN", body)
    }

    private func transaction<T>(_ begin: String, _ body: (any Connection) throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try pool.withConnection { connection in
                    do {
                        try connection.execute(SQL(raw: begin))
                    } catch let error as DatabaseError where connection.isBroken {
                        throw RetryableConnectionError(underlying: error)
                    }
                    return try connection.committing(body)
                }
            } catch let error as RetryableConnectionError {
                if attempt >= 2 { throw error.underlying }
            }
        }
    }

    /// Runs statements outside any transaction (`CREATE DATABASE`, `VACUUM`).
    @discardableResult
    public func withoutTransaction<T>(_ body: (any Connection) throws -> T) throws -> T {
        try pool.withConnection { try body($0) }
    }

    public var statistics: PoolStatistics {
        var statistics = pool.statistics
        statistics.statements = statements.value
        return statistics
    }

    public func close() { pool.close() }
}

private struct RetryableConnectionError: Error {
    let underlying: DatabaseError
}
