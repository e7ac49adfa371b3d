/// A failure from either engine, mapped to one `Kind`.
///
/// The description shows the SQL with its placeholders, never the bound values (they may be
/// passwords hashes, tokens or personal data).
public struct DatabaseError: Error, Equatable, CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable, Equatable {
        case uniqueViolation, foreignKeyViolation, constraint, notFound, busy, connectionFailed, syntax, typeMismatch
        /// The disk (or a quota, or a file-size limit) is full.
        case storageFull
        /// The database or its disk is read-only.
        case readOnly
        /// The operating system failed a read or write for a reason SQLite does not pass on (a
        /// file-size limit, a quota, a read-only remount): look at the disk to know which.
        case ioFailure
        case other
    }

    public let kind: Kind
    public let message: String
    public let sql: String?

    public init(_ kind: Kind, _ message: String, sql: String? = nil) {
        self.kind = kind
        self.message = message
        self.sql = sql
    }

    /// The error a `find…` lookup throws when nothing matches.
    public static func notFound(_ what: String) -> DatabaseError { DatabaseError(.notFound, "\(what) not found") }

    public var description: String {
        if let sql { "\(kind): \(message) (SQL: \(sql))" } else { "\(kind): \(message)" }
    }
}
