/// One thing assessors judge, tied to objectives and the evidence that shows it, described at every level.
public struct Criterion: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var objectiveIDs: [String]
    /// The evidence requirements assessors read to judge it.
    public var requirementIDs: [String]
    /// Level id → what work at that level looks like.
    public var descriptors: [String: String]

    public init(id: String, title: String, objectiveIDs: [String] = [], requirementIDs: [String] = [],
                descriptors: [String: String] = [:]) {
        self.id = id
        self.title = title
        self.objectiveIDs = objectiveIDs
        self.requirementIDs = requirementIDs
        self.descriptors = descriptors
    }
}
