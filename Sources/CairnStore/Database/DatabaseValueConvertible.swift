import Foundation
import CairnCore

/// A Swift type that binds as, and reads from, a `DatabaseValue`.
public protocol DatabaseValueConvertible: Sendable {
    var databaseValue: DatabaseValue { get }
    /// The value read back; nil when the database value cannot be this type.
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
}

extension DatabaseValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
}

extension String: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        if case .text(let s) = value { s } else { nil }
    }
}

extension Int64: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        switch value {
        case .integer(let i): i
        case .real(let d) where d.rounded() == d: Int64(exactly: d)
        default: nil
        }
    }
}

extension Int: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? { Int64.fromDatabaseValue(value).flatMap { Int(exactly: $0) } }
}

extension Bool: DatabaseValueConvertible {
    /// Stored as 0 or 1 on both engines (an INTEGER column).
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        switch value {
        case .integer(0): false
        case .integer(1): true
        default: nil
        }
    }
}

extension Double: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .real(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .real(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }
}

extension Date: DatabaseValueConvertible {
    /// ISO-8601 UTC text with milliseconds (`2025-03-01T09:00:00.000Z`): sorts as time does.
    public var databaseValue: DatabaseValue { .text(Timestamp.format(self)) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Date? {
        if case .text(let s) = value { Timestamp.parse(s) } else { nil }
    }
}

extension UUID: DatabaseValueConvertible {
    /// Lowercase UUID text.
    public var databaseValue: DatabaseValue { .text(uuidString.lowercased()) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> UUID? {
        if case .text(let s) = value { UUID(uuidString: s) } else { nil }
    }
}

extension Array: DatabaseValueConvertible where Element == UInt8 {
    public var databaseValue: DatabaseValue { .blob(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> [UInt8]? {
        if case .blob(let b) = value { b } else { nil }
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Wrapped?? {
        if value == .null { return .some(nil) }
        return Wrapped.fromDatabaseValue(value).map { .some($0) }
    }
}

extension DatabaseValueConvertible where Self: RawRepresentable, RawValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Self? {
        RawValue.fromDatabaseValue(value).flatMap(Self.init(rawValue:))
    }
}

extension ID: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}
extension Membership.Status: DatabaseValueConvertible {}
extension OneTimeToken.Purpose: DatabaseValueConvertible {}

extension EmailAddress: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(rawValue) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> EmailAddress? {
        String.fromDatabaseValue(value).map { EmailAddress(stored: $0) }
    }
}
