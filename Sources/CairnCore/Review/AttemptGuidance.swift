/// What an educator is told about their decided attempts: which ones have feedback, whether the
/// latest was *not yet*, and, after the organization's number of *not yet*, which coaches to talk to.
public struct AttemptGuidance: Sendable {
    public let enrollmentID: Enrollment.ID
    /// The decided attempts, first first.
    public let decided: [Submission]
    public let nextStep: AttemptPolicy.NextStep
    /// The names of the coaches who coach the educator, by name (given only when the next step is a coach).
    public let coaches: [String]
    /// The latest attempt, when it was decided *not yet*.
    public let latestNotYet: Submission?

    /// The guidance over every attempt of the enrollment; `coaches` is asked only when the next step is a coach.
    public init(enrollmentID: Enrollment.ID, submissions: [Submission], policy: AttemptPolicy,
                coaches: () throws -> [String]) rethrows {
        let ordered = submissions.sorted { $0.attempt < $1.attempt }
        self.enrollmentID = enrollmentID
        decided = ordered.filter { $0.decision != nil }
        nextStep = policy.nextStep(after: decided.compactMap(\.decision))
        if case .seeCoach = nextStep { self.coaches = try coaches().sorted() } else { self.coaches = [] }
        let latest = ordered.last
        latestNotYet = latest?.decision == .notYet ? latest : nil
    }
}
