import CairnCore

extension BlobReference.ID: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(hex) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> BlobReference.ID? { String.fromDatabaseValue(value).flatMap(Self.init) }
}
