/// One result row: values by column name.
public struct Row: Sendable, Hashable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of a column; `.null` when the row has no such column.
    public subscript(_ column: String) -> DatabaseValue {
        index(of: column).map { values[$0] } ?? .null
    }

    /// The value of a column as a Swift type; throws `.typeMismatch` naming the column and types.
    public func get<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws(DatabaseError) -> T {
        guard let index = index(of: column) else {
            throw DatabaseError(.typeMismatch, "no column \(column) in the result")
        }
        let value = values[index]
        guard let converted = T.fromDatabaseValue(value) else {
            throw DatabaseError(.typeMismatch, "column \(column): cannot read \(value.kindName) as \(T.self)")
        }
        return converted
    }

    /// The position of a column: names are compared only where their lengths agree (a row of a
    /// join has a dozen columns or more, and most are looked up by name once each).
    private func index(of column: String) -> Int? {
        let length = column.utf8.count
        return columns.firstIndex { $0.utf8.count == length && $0 == column }
    }
}
