/// How assessors judge the evidence: a level scale, criteria with a descriptor per level, and the success rule.
public struct Rubric: Codable, Hashable, Sendable {
    /// Lowest first.
    public var levels: [Level]
    /// Ordered.
    public var criteria: [Criterion]
    public var successRule: SuccessRule

    public init(levels: [Level] = Level.defaultScale, criteria: [Criterion] = [],
                successRule: SuccessRule = .everyCriterionAtLeast(level: "demonstrated")) {
        self.levels = levels
        self.criteria = criteria
        self.successRule = successRule
    }

    /// The level with this id.
    public func level(_ id: String) -> Level? { levels.first { $0.id == id } }

    /// The position of a level in the scale (0 is the lowest).
    public func rank(of levelID: String) -> Int? { levels.firstIndex { $0.id == levelID } }

    /// The criterion with this id.
    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    /// The highest total a submission can score: each criterion at its best level's points.
    public var maximumPoints: Int { criteria.count * (levels.map(\.points).max() ?? 0) }

    /// The level a criterion must reach not to count as *not yet*: the rule's level, or its floor.
    public var passingLevelID: String {
        switch successRule {
        case .everyCriterionAtLeast(let level): level
        case .pointsAtLeast(_, let floor): floor
        }
    }
}
