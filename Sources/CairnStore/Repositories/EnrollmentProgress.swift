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

    public init(enrollment: Enrollment, title: String, submissions: [Submission]) {
        self.enrollment = enrollment
        self.title = title
        self.status = EnrollmentStatus.derived(from: submissions)
        self.attempts = submissions.count
        self.notYetCount = submissions.count { $0.decision == .notYet }
        self.lastActivity = enrollment.lastActivity(given: submissions)
    }
}
