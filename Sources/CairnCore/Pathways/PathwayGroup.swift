/// A group of a pathway's components and the rule saying how many of them an educator needs.
public struct PathwayGroup: Hashable, Sendable {
    /// The longest group title, in characters.
    public static let maximumTitleLength = 80

    /// What the group is called ("Core", "Electives"); may be empty when the pathway has one group.
    public var title: String
    public var rule: PathwayRule
    /// In the order the designer gave them (the order of steps in an ordered pathway).
    public var components: [PathwayComponent]

    public init(title: String = "", rule: PathwayRule = .allOf, components: [PathwayComponent]) {
        self.title = title
        self.rule = rule
        self.components = components
    }

    /// How many components the rule needs: all of them, N, or one.
    public var requiredCount: Int { rule.requiredCount(of: components.count) }
}
