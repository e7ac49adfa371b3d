import Foundation

/// A submission as an assessor's queue lists it: oldest first, with its age.
public struct QueueEntry: Hashable, Sendable {
    public let submissionID: Submission.ID
    public let microcredentialID: Microcredential.ID
    public let attempt: Int
    /// Nil when the microcredential hides educators' names from assessors.
    public let educatorName: String?
    public let submittedAt: Date
    /// Seconds since submission.
    public let age: TimeInterval
    public let claim: Claim?

    public init(submissionID: Submission.ID, microcredentialID: Microcredential.ID, attempt: Int, educatorName: String?,
                submittedAt: Date, age: TimeInterval, claim: Claim?) {
        self.submissionID = submissionID
        self.microcredentialID = microcredentialID
        self.attempt = attempt
        self.educatorName = educatorName
        self.submittedAt = submittedAt
        self.age = age
        self.claim = claim
    }

    /// The name to show: the educator's, or "Educator (hidden)".
    public var displayName: String { educatorName ?? "Educator (hidden)" }
}
