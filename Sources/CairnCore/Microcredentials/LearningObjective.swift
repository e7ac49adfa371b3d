/// A measurable statement of what the educator will be able to do ("Design exit tickets that …").
public struct LearningObjective: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var statement: String

    public init(id: String, statement: String) {
        self.id = id
        self.statement = statement
    }
}
