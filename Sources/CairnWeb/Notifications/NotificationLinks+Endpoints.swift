import CairnApp

extension NotificationLinks {
    /// The pages notifications point to, from the endpoints that serve them.
    public static let endpoints = NotificationLinks(
        reviewQueue: ReviewEndpoints.queue.path(),
        coachCohort: DashboardEndpoints.dashboard.path() + "#coach-cohort",
        settings: NotificationEndpoints.settings.path(),
        workspace: { EarningEndpoints.workspace.path($0) },
        feedback: { EarningEndpoints.feedback.path($0, $1) },
        credential: { CredentialEndpoints.page.path($0) })
}
