/// The paths of the assessor's review and of the educator's feedback.
extension Paths {
    public static let reviewQueue = "/review"
    public static func review(_ submission: String) -> String { reviewQueue + "/" + percentEncoded(submission) }
    public static func claim(_ submission: String) -> String { review(submission) + "/claim" }
    public static func release(_ submission: String) -> String { review(submission) + "/release" }
    public static func decide(_ submission: String) -> String { review(submission) + "/decide" }
    public static func addVideoComment(_ submission: String) -> String { review(submission) + "/comments" }
    /// Where an assessor replies, from the review page of `submission`, to a comment of this enrollment's attempts.
    public static func assessorReply(_ submission: String, _ comment: String) -> String {
        addVideoComment(submission) + "/" + percentEncoded(comment) + "/replies"
    }
    /// The educator's view of the review of one attempt.
    public static func feedback(_ enrollment: String, _ submission: String) -> String {
        workspace(enrollment) + "/feedback/" + percentEncoded(submission)
    }
    public static func educatorReply(_ enrollment: String, _ comment: String) -> String {
        workspace(enrollment) + "/comments/" + percentEncoded(comment) + "/replies"
    }
}
