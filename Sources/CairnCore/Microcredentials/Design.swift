/// Everything a designer authors for one version, and exactly what a design file carries.
///
/// Ids inside a design (objectives, parts, requirements, criteria, levels) are short strings
/// unique within the design, `[a-z0-9-]{1,40}` ("o1", "video", "c-feedback"); see `Design.isValidLocalID`.
public struct Design: Hashable, Sendable {
    public var title: String
    /// One or two sentences for the catalog.
    public var summary: String
    /// The competency statement.
    public var competency: String
    public var keyMethod: String
    public var methodComponents: [String]
    /// Markdown: supporting research.
    public var research: String
    /// Markdown: resources.
    public var resources: String
    /// Links (http or https only; the checker refuses others).
    public var links: [ResourceLink]
    /// Free tags such as "Assessment" or "Literacy".
    public var subjects: [String]
    public var gradeBands: [GradeBand]
    /// The work, in hours.
    public var estimatedHours: Double
    /// Hours for license renewal; may be 0.
    public var creditHours: Double
    public var image: DesignImage?
    /// Earned credentials expire after this many months; nil means no expiry.
    public var validityMonths: Int?
    /// Ordered.
    public var objectives: [LearningObjective]
    /// Ordered, as the educator fills them in ("Overview questions", "Artifacts", "Reflection").
    public var parts: [RequirementPart]
    public var rubric: Rubric
    /// Files attached to the resources; stored content, so never in design files (`Design+Codable.swift`).
    public var attachments: [Attachment]

    public init(title: String, summary: String = "", competency: String = "", keyMethod: String = "",
                methodComponents: [String] = [], research: String = "", resources: String = "", links: [ResourceLink] = [],
                subjects: [String] = [], gradeBands: [GradeBand] = [], estimatedHours: Double = 0, creditHours: Double = 0,
                image: DesignImage? = nil, validityMonths: Int? = nil, objectives: [LearningObjective] = [],
                parts: [RequirementPart] = [], rubric: Rubric, attachments: [Attachment] = []) {
        self.title = title
        self.summary = summary
        self.competency = competency
        self.keyMethod = keyMethod
        self.methodComponents = methodComponents
        self.research = research
        self.resources = resources
        self.links = links
        self.subjects = subjects
        self.gradeBands = gradeBands
        self.estimatedHours = estimatedHours
        self.creditHours = creditHours
        self.image = image
        self.validityMonths = validityMonths
        self.objectives = objectives
        self.parts = parts
        self.rubric = rubric
        self.attachments = attachments
    }

    /// A new draft's design: the default level scale, the three usual parts (empty), and the
    /// rule "every criterion at least Demonstrated".
    public static func blank(title: String) -> Design {
        Design(title: title,
               parts: [RequirementPart(id: "overview", title: "Overview questions"),
                       RequirementPart(id: "artifacts", title: "Artifacts"),
                       RequirementPart(id: "reflection", title: "Reflection")],
               rubric: Rubric(levels: Level.defaultScale, criteria: [], successRule: .everyCriterionAtLeast(level: "demonstrated")))
    }

    /// Every evidence requirement, in the order of the parts.
    public var requirements: [EvidenceRequirement] { parts.flatMap(\.requirements) }

    /// The objective with this id.
    public func objective(_ id: String) -> LearningObjective? { objectives.first { $0.id == id } }

    /// The evidence requirement with this id, in any part.
    public func requirement(_ id: String) -> EvidenceRequirement? { requirements.first { $0.id == id } }

    /// Whether a text is a well-formed id inside a design: 1–40 of `a-z`, `0-9` and `-`.
    public static func isValidLocalID(_ id: String) -> Bool {
        (1...40).contains(id.utf8.count) && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }
}
