/// Where an enrollment stands, derived from its latest submission.
public enum EnrollmentStatus: String, Codable, CaseIterable, Hashable, Sendable {
    case inProgress, submitted, underReview, notYet, earned

    /// "Under review", as a list or a message shows it.
    public var displayName: String {
        switch self {
        case .inProgress: "In progress"
        case .submitted: "Submitted"
        case .underReview: "Under review"
        case .notYet: "Not yet"
        case .earned: "Earned"
        }
    }

    /// Whether the educator still works on it (everything but earned).
    public var isActive: Bool { self != .earned }

    /// The status an enrollment has given its submissions (any order; the highest attempt counts).
    public static func derived(from submissions: [Submission]) -> EnrollmentStatus {
        derived(latest: submissions.max(by: { $0.attempt < $1.attempt })?.state)
    }

    /// The status given the state of the latest attempt (nil: nothing submitted yet).
    public static func derived(latest: Submission.State?) -> EnrollmentStatus {
        guard let latest else { return .inProgress }
        switch latest {
        case .awaitingReview: return .submitted
        case .claimed: return .underReview
        case .decided(let decision, _, _): return decision == .earned ? .earned : .notYet
        }
    }
}
