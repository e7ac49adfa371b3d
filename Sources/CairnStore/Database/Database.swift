/// A database: SQLite or PostgreSQL, behind one interface. Safe to share between threads.
public protocol Database: Sendable {
    var engine: DatabaseEngine { get }
    /// Runs the body with a connection for reading, inside a read-only transaction.
    @discardableResult
    func read<T>(_ body: (any Connection) throws -> T) throws -> T
    /// Runs the body in one transaction: commits on return, rolls back on throw.
    ///
    /// Writes wait for each other. Do not call `write` (or `read`) from inside a `write` block:
    /// compose with the repositories' `in tx:` methods instead.
    @discardableResult
    func write<T>(_ body: (any Connection) throws -> T) throws -> T
    /// Connections open, lent out, callers waiting, and statements run: for `/metrics`.
    var statistics: PoolStatistics { get }
    /// Closes every connection; later calls fail.
    func close()
}

/// A snapshot of a database's connections.
public struct PoolStatistics: Sendable, Equatable {
    public var open: Int
    public var inUse: Int
    public var waiting: Int
    /// Statements (queries and commands, transaction control included) run since the database opened.
    public var statements: Int

    public init(open: Int, inUse: Int, waiting: Int, statements: Int = 0) {
        self.open = open
        self.inUse = inUse
        self.waiting = waiting
        self.statements = statements
    }

    public static func + (lhs: PoolStatistics, rhs: PoolStatistics) -> PoolStatistics {
        PoolStatistics(open: lhs.open + rhs.open, inUse: lhs.inUse + rhs.inUse, waiting: lhs.waiting + rhs.waiting,
                       statements: lhs.statements + rhs.statements)
    }
}
