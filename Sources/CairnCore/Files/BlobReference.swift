/// A stored blob: its SHA-256 (which names it) and its size.
public struct BlobReference: Hashable, Sendable {
    /// A SHA-256 as 64 lowercase hex digits; nothing else is accepted, so an ID is always a safe file name.
    public struct ID: Hashable, Sendable, Comparable, CustomStringConvertible, LosslessStringConvertible {
        public let hex: String

        public init?(_ hex: String) {
            guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
            self.hex = hex
        }

        public var description: String { hex }
        public static func < (lhs: ID, rhs: ID) -> Bool { lhs.hex < rhs.hex }
    }

    public let id: ID
    public let size: Int64

    public init(id: ID, size: Int64) {
        self.id = id
        self.size = size
    }
}
