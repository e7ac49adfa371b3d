/// Where a version is in its life: draft → pilot → published → retired.
public enum LifecycleState: String, Codable, CaseIterable, Hashable, Sendable {
    case draft, pilot, published, retired

    /// The states a version may move to from this one.
    ///
    /// draft → pilot or published; pilot → published, or retired (a pilot superseded by a revision);
    /// published → retired. A retired version stays retired; nothing goes back to draft.
    public var nextStates: Set<LifecycleState> {
        switch self {
        case .draft: [.pilot, .published]
        case .pilot: [.published, .retired]
        case .published: [.retired]
        case .retired: []
        }
    }

    /// Whether moving from this state to `next` is legal.
    public func canMove(to next: LifecycleState) -> Bool { nextStates.contains(next) }

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .draft: "Draft"
        case .pilot: "Pilot"
        case .published: "Published"
        case .retired: "Retired"
        }
    }
}
