/// How many of a group's components an educator must earn.
public enum PathwayRule: Hashable, Sendable {
    /// Every component.
    case allOf
    /// At least N of the components (1 ≤ N ≤ the number of components).
    case nOf(Int)
    /// At least one component.
    case oneOf

    /// The number of components needed in a group of `count` components.
    public func requiredCount(of count: Int) -> Int {
        switch self {
        case .allOf: count
        case .nOf(let n): n
        case .oneOf: 1
        }
    }

    /// The rule as stored and posted by forms: "all", "n-of" or "one-of"; N goes beside it.
    public var kind: String {
        switch self {
        case .allOf: "all"
        case .nOf: "n-of"
        case .oneOf: "one-of"
        }
    }

    /// The rule from its stored kind and N (N is read only for "n-of"); nil for an unknown kind or a missing N.
    public init?(kind: String, count: Int?) {
        switch kind {
        case "all": self = .allOf
        case "one-of": self = .oneOf
        case "n-of":
            guard let count else { return nil }
            self = .nOf(count)
        default: return nil
        }
    }

    /// How the rule reads to people: "All of", "2 of", "One of".
    public var displayName: String {
        switch self {
        case .allOf: "All of"
        case .nOf(let n): "\(n) of"
        case .oneOf: "One of"
        }
    }
}
