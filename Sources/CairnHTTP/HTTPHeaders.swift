/// An ordered list of HTTP header fields whose names compare case-insensitively.
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    public typealias Element = (name: String, value: String)
    private var fields: [Element] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { add(name, value) }
    }

    /// The first value for `name`, or nil.
    public subscript(name: String) -> String? {
        fields.first { Self.same($0.name, name) }?.value
    }

    /// Every value for `name`, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { Self.same($0.name, name) }.map(\.value)
    }

    /// Appends a field, keeping any others of the same name (as for `Set-Cookie`).
    public mutating func add(_ name: String, _ value: String) {
        if fields.isEmpty { fields.reserveCapacity(Self.usualCount) }
        fields.append((name, value))
    }

    /// Replaces every field named `name` with one holding `value`.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        add(name, value)
    }

    /// Room made at the first field: a request's or a response's usual number of fields, so the list is
    /// allocated once rather than grown four times.
    private static let usualCount = 16

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        // Looked for first: removing from a list shared with another copy (a kept page's) copies it even when nothing goes.
        guard fields.contains(where: { Self.same($0.name, name) }) else { return }
        fields.removeAll { Self.same($0.name, name) }
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    public var count: Int { fields.count }

    public func makeIterator() -> IndexingIterator<[Element]> { fields.makeIterator() }

    public var description: String { fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n") }

    /// Field names are ASCII tokens: compared byte by byte, ASCII letters without case, no copies.
    static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).allSatisfy { x, y in x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A) }
    }
}
