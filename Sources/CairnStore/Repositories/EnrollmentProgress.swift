import Foundation
import CairnCore

/// An enrollment as a coach follows it: where it stands, how many attempts, how many *not yet*, last activity.
public struct EnrollmentProgress: Sendable, Hashable {
    public let enrollment: Enrollment
    /// The title of the version the educator works on.
    public let title: String
    public let status: EnrollmentStatus
    public let attempts: Int
    public let notYetCount: Int
    /// The educator's latest activity or an assessor's latest decision, whichever came last.
    public let lastActivity: Date
    /// The states of its attempts, first to latest.
    public let states: [Submission.State]
    /// The latest attempt, if any.
    public let latestSubmissionID: Submission.ID?

    /// - Parameter states: the states of its attempts, first to latest.
    public init(enrollment: Enrollment, title: String, states: [Submission.State], latestSubmissionID: Submission.ID?) {
        self.enrollment = enrollment
        self.title = title
        self.states = states
        self.latestSubmissionID = latestSubmissionID
        self.status = EnrollmentStatus.derived(latest: states.last)
        self.attempts = states.count
        self.notYetCount = states.count { if case .decided(.notYet, _, _) = $0 { true } else { false } }
        self.lastActivity = enrollment.lastActivity(givenStates: states)
    }
}
