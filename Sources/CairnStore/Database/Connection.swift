/// One open connection, lent for the length of a `read` or `write` block: never keep it.
public protocol Connection {
    var engine: DatabaseEngine { get }
    /// Runs a statement; returns the number of rows it changed.
    @discardableResult func execute(_ sql: SQL) throws(DatabaseError) -> Int
    /// Runs a query; returns every row.
    func query(_ sql: SQL) throws(DatabaseError) -> [Row]
    /// Runs a query; returns its first row, if any.
    func queryOne(_ sql: SQL) throws(DatabaseError) -> Row?
}

extension Connection {
    public func queryOne(_ sql: SQL) throws(DatabaseError) -> Row? { try query(sql).first }
}
