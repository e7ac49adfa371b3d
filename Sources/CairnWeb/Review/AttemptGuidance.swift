import CairnCore
import CairnStore

/// What an educator is told about their decided attempts: which ones have feedback, whether the
/// latest was *not yet*, and, after the organization's number of *not yet*, which coaches to talk to.
struct AttemptGuidance: Sendable {
    let enrollmentID: Enrollment.ID
    /// The decided attempts, first first.
    let decided: [Submission]
    let nextStep: AttemptPolicy.NextStep
    /// The names of the coaches who coach the educator (asked only when the next step is a coach).
    let coaches: [String]

    /// The latest attempt, when it was decided *not yet*.
    let latestNotYet: Submission?

    /// - Parameter submissions: every attempt of the enrollment.
    static func load(for educator: Member, enrollmentID: Enrollment.ID, submissions: [Submission], store: Store) throws -> AttemptGuidance {
        let ordered = submissions.sorted { $0.attempt < $1.attempt }
        let decided = ordered.filter { $0.decision != nil }
        let policy = try store.reviewPolicies.policy(in: educator.organization.id)
        let nextStep = policy.attempts.nextStep(after: decided.compactMap(\.decision))
        var coaches: [String] = []
        if case .seeCoach = nextStep {
            coaches = try store.members.members(of: educator.organization.id)
                .filter { $0.membership.coaches(educator.membership) }.map(\.person.displayName).sorted()
        }
        let latest = ordered.last
        return AttemptGuidance(enrollmentID: enrollmentID, decided: decided, nextStep: nextStep, coaches: coaches,
                               latestNotYet: latest?.decision == .notYet ? latest : nil)
    }
}
