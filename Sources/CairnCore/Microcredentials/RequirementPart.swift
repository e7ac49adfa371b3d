/// A group of evidence requirements as the educator fills them in ("Overview questions", "Artifacts", "Reflection").
public struct RequirementPart: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// Ordered.
    public var requirements: [EvidenceRequirement]

    public init(id: String, title: String, requirements: [EvidenceRequirement] = []) {
        self.id = id
        self.title = title
        self.requirements = requirements
    }
}
