/// One thing the educator must (or may) submit, linked to the objectives it shows.
public struct EvidenceRequirement: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: EvidenceKind
    public var title: String
    /// What the educator is asked.
    public var prompt: String
    /// Markdown: advice on a good answer.
    public var guidance: String
    public var required: Bool
    public var limits: EvidenceLimits
    /// The learning objectives this evidence shows.
    public var objectiveIDs: [String]

    public init(id: String, kind: EvidenceKind, title: String, prompt: String = "", guidance: String = "",
                required: Bool = true, limits: EvidenceLimits = EvidenceLimits(), objectiveIDs: [String] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.prompt = prompt
        self.guidance = guidance
        self.required = required
        self.limits = limits
        self.objectiveIDs = objectiveIDs
    }
}
