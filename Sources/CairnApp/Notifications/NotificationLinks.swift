import CairnCore

/// The pages notifications point to, as paths. The web builds them from its endpoints, so a URL's
/// text is written once, there.
public struct NotificationLinks: Sendable {
    /// The assessor's review queue.
    public let reviewQueue: String
    /// The coach's cohort on the dashboard.
    public let coachCohort: String
    /// Where a person chooses how notifications reach them.
    public let settings: String
    /// An enrollment's workspace.
    public let workspace: @Sendable (Enrollment.ID) -> String
    /// The feedback on one attempt of an enrollment.
    public let feedback: @Sendable (Enrollment.ID, Submission.ID) -> String
    /// A credential's page.
    public let credential: @Sendable (IssuedCredential.ID) -> String

    public init(reviewQueue: String, coachCohort: String, settings: String, workspace: @escaping @Sendable (Enrollment.ID) -> String,
                feedback: @escaping @Sendable (Enrollment.ID, Submission.ID) -> String,
                credential: @escaping @Sendable (IssuedCredential.ID) -> String) {
        (self.reviewQueue, self.coachCohort, self.settings) = (reviewQueue, coachCohort, settings)
        (self.workspace, self.feedback, self.credential) = (workspace, feedback, credential)
    }
}
