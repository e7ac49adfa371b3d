/// Where an enrollment stands, derived from its latest submission.
public enum EnrollmentStatus: String, Codable, CaseIterable, Hashable, Sendable {
    case inProgress, submitted, underReview, notYet, earned

    /// Whether the educator still works on it (everything but earned).
    public var isActive: Bool { self != .earned }

    /// The status an enrollment has given its submissions (any order; the highest attempt counts).
    public static func derived(from submissions: [Submission]) -> EnrollmentStatus {
        guard let latest = submissions.max(by: { $0.attempt < $1.attempt }) else { return .inProgress }
        switch latest.state {
        case .awaitingReview: return .submitted
        case .claimed: return .underReview
        case .decided(let decision, _, _): return decision == .earned ? .earned : .notYet
        }
    }
}
