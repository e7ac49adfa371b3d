/// One numbered change to the schema, applied once, in a transaction.
public struct Migration: Sendable, Equatable {
    public let number: Int
    public let name: String
    private let statements: @Sendable (DatabaseEngine) -> [String]

    /// A migration whose statements are the same on both engines.
    public init(_ number: Int, _ name: String, _ statements: [String]) {
        self.init(number, name) { _ in statements }
    }

    /// A migration with per-engine variants.
    public init(_ number: Int, _ name: String, statements: @escaping @Sendable (DatabaseEngine) -> [String]) {
        self.number = number
        self.name = name
        self.statements = statements
    }

    /// The statements to run on an engine, one statement each.
    public func statements(for engine: DatabaseEngine) -> [String] { statements(engine) }

    public static func == (lhs: Migration, rhs: Migration) -> Bool { lhs.number == rhs.number && lhs.name == rhs.name }
}
