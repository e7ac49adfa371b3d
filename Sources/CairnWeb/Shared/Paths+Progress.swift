/// The paths of notifications, settings, and the review and feedback pages the dashboards link to.
extension Paths {
    public static let notifications = "/notifications"
    public static let notificationSettings = "/settings/notifications"
    /// The assessor's queue.
    public static let reviewQueue = "/review"
    /// An assessor's review of one submission.
    public static func review(_ submission: String) -> String { reviewQueue + "/" + percentEncoded(submission) }
    /// Where an assessor scores a microcredential's exemplars before reviewing it.
    public static func calibration(_ microcredential: String) -> String { reviewQueue + "/calibration/" + percentEncoded(microcredential) }
    /// The educator's page of an assessor's feedback on one attempt.
    public static func feedback(_ enrollment: String, _ submission: String) -> String {
        workspace(enrollment) + "/feedback/" + percentEncoded(submission)
    }
}
