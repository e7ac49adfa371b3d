/// A snapshot of the database's work: connections open, lent out and waited for, and statements run.
public struct DatabaseLoad: Sendable, Equatable {
    public let open: Int
    public let inUse: Int
    public let waiting: Int
    /// Statements run since the database opened.
    public let statements: Int
}
