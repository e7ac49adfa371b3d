/// A statement with its values kept apart from its text: `"… WHERE id = \(id)"` binds `id`.
///
/// `\(raw: "name")` inserts trusted text (identifiers, fixed fragments); `\(list: ids)` binds a
/// comma-separated list for `IN (…)` (an empty list becomes `NULL`, matching nothing); `\(sql)`
/// splices another statement with its values. Rendered per engine: `?` for SQLite, `$1…` for PostgreSQL.
public struct SQL: ExpressibleByStringInterpolation, Sendable, CustomStringConvertible {
    enum Fragment: Sendable, Hashable {
        case text(String)
        case value(DatabaseValue)
    }

    var fragments: [Fragment]

    public init(stringLiteral value: String) { fragments = [.text(value)] }

    public init(stringInterpolation: StringInterpolation) { fragments = stringInterpolation.fragments }

    /// Trusted text, not a bound value.
    public init(raw text: String) { fragments = [.text(text)] }

    public struct StringInterpolation: StringInterpolationProtocol {
        var fragments: [Fragment] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { fragments.append(.text(literal)) }

        public mutating func appendInterpolation<T: DatabaseValueConvertible>(_ value: T) {
            fragments.append(.value(value.databaseValue))
        }

        /// An optional binds as its value or NULL.
        public mutating func appendInterpolation<T: DatabaseValueConvertible>(_ value: T?) {
            fragments.append(.value(value?.databaseValue ?? .null))
        }

        public mutating func appendInterpolation(raw text: String) { fragments.append(.text(text)) }

        public mutating func appendInterpolation<S: Sequence>(list values: S) where S.Element: DatabaseValueConvertible {
            var first = true
            for value in values {
                if !first { fragments.append(.text(", ")) }
                fragments.append(.value(value.databaseValue))
                first = false
            }
            if first { fragments.append(.text("NULL")) }
        }

        public mutating func appendInterpolation(_ sql: SQL) { fragments += sql.fragments }
    }

    public static func + (lhs: SQL, rhs: SQL) -> SQL {
        var result = lhs
        result.fragments += rhs.fragments
        return result
    }

    /// The text for an engine and the values to bind, in order.
    public func rendered(for engine: DatabaseEngine) -> (text: String, values: [DatabaseValue]) {
        var text = "", values: [DatabaseValue] = []
        for fragment in fragments {
            switch fragment {
            case .text(let t): text += t
            case .value(let v):
                values.append(v)
                text += engine == .sqlite ? "?" : "$\(values.count)"
            }
        }
        return (text, values)
    }

    /// The SQLite rendering, placeholders in place of values: safe to log.
    public var description: String { rendered(for: .sqlite).text }
}

/// The two engines Cairn runs on.
public enum DatabaseEngine: String, Sendable {
    case sqlite, postgres
}
