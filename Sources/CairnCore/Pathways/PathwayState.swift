/// Where a pathway is in its life: draft → published → retired.
public enum PathwayState: String, Codable, CaseIterable, Hashable, Sendable {
    case draft, published, retired

    /// The states a pathway may move to from this one: a draft is published, a published pathway retired.
    public var nextStates: Set<PathwayState> {
        switch self {
        case .draft: [.published]
        case .published: [.retired]
        case .retired: []
        }
    }

    /// Whether moving from this state to `next` is legal.
    public func canMove(to next: PathwayState) -> Bool { nextStates.contains(next) }

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .draft: "Draft"
        case .published: "Published"
        case .retired: "Retired"
        }
    }
}
