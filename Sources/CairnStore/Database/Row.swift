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
        columns.firstIndex(of: column).map { values[$0] } ?? .null
    }

    /// The value of a column as a Swift type; throws `.typeMismatch` naming the column and types.
    public func get<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws(DatabaseError) -> T {
        guard let index = columns.firstIndex(of: column) else {
            throw DatabaseError(.typeMismatch, "no column \(column) in the result")
        }
        let value = values[index]
        guard let converted = T.fromDatabaseValue(value) else {
            throw DatabaseError(.typeMismatch, "column \(column): cannot read \(value.kindName) as \(T.self)")
        }
        return converted
    }
}
