import Foundation

/// A submission as an assessor's queue lists it: oldest first, with its age.
public struct QueueEntry: Hashable, Sendable {
    public let submissionID: Submission.ID
    public let microcredentialID: Microcredential.ID
    /// The title of the version submitted.
    public let title: String
    public let attempt: Int
    /// Nil when the microcredential hides educators' names from assessors.
    public let educatorName: String?
    public let submittedAt: Date
    /// Seconds since submission.
    public let age: TimeInterval
    public let claim: Claim?

    public init(submissionID: Submission.ID, microcredentialID: Microcredential.ID, title: String, attempt: Int, educatorName: String?,
                submittedAt: Date, age: TimeInterval, claim: Claim?) {
        self.submissionID = submissionID
        self.microcredentialID = microcredentialID
        self.title = title
        self.attempt = attempt
        self.educatorName = educatorName
        self.submittedAt = submittedAt
        self.age = age
        self.claim = claim
    }

    /// Queue order: oldest submission first, by id among those submitted together.
    public static func inQueueOrder(_ a: QueueEntry, _ b: QueueEntry) -> Bool {
        (a.submittedAt, a.submissionID) < (b.submittedAt, b.submissionID)
    }

    /// The entry for a submission in the queue: the educator's name hidden when the microcredential
    /// asks, its age at `now`, and its claim while the claim runs.
    public static func of(_ submissionID: Submission.ID, microcredentialID: Microcredential.ID, title: String, attempt: Int,
                          educatorName: String, hideEducatorName: Bool, submittedAt: Date, state: Submission.State,
                          at now: Date) -> QueueEntry {
        QueueEntry(submissionID: submissionID, microcredentialID: microcredentialID, title: title, attempt: attempt,
                   educatorName: hideEducatorName ? nil : educatorName, submittedAt: submittedAt,
                   age: now.timeIntervalSince(submittedAt), claim: state.activeClaim(at: now))
    }

    /// The name to show: the educator's, or "Educator (hidden)".
    public var displayName: String { educatorName ?? "Educator (hidden)" }
}
