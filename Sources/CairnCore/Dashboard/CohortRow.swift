import Foundation

/// One row of a coach's cohort: an educator on one microcredential.
public struct CohortRow: Sendable, Hashable {
    public var educatorName: String
    public var title: String
    public var status: EnrollmentStatus
    public var attempts: Int
    public var notYetCount: Int
    public var lastActivity: Date
    /// Quiet for 14 days while the next move is the educator's.
    public var isStalled: Bool

    public init(educatorName: String, title: String, status: EnrollmentStatus, attempts: Int, notYetCount: Int,
                lastActivity: Date, isStalled: Bool) {
        self.educatorName = educatorName
        self.title = title
        self.status = status
        self.attempts = attempts
        self.notYetCount = notYetCount
        self.lastActivity = lastActivity
        self.isStalled = isStalled
    }
}
