/// The paths of the review page's forms and of the educator's replies (the pages themselves are in `Paths+Progress`).
extension Paths {
    public static func claim(_ submission: String) -> String { review(submission) + "/claim" }
    public static func release(_ submission: String) -> String { review(submission) + "/release" }
    public static func decide(_ submission: String) -> String { review(submission) + "/decide" }
    public static func addVideoComment(_ submission: String) -> String { review(submission) + "/comments" }
    /// Where an assessor replies, from the review page of `submission`, to a comment of this enrollment's attempts.
    public static func assessorReply(_ submission: String, _ comment: String) -> String {
        addVideoComment(submission) + "/" + percentEncoded(comment) + "/replies"
    }
    public static func educatorReply(_ enrollment: String, _ comment: String) -> String {
        workspace(enrollment) + "/comments/" + percentEncoded(comment) + "/replies"
    }
}
