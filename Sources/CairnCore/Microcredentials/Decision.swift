/// The outcome of judging a submission against the success rule.
public enum Decision: String, Codable, CaseIterable, Hashable, Sendable {
    case earned, notYet

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .earned: "Earned"
        case .notYet: "Not yet"
        }
    }
}
