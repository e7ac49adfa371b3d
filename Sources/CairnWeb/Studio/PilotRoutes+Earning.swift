import CairnApp
import CairnCore
import CairnHTTP

/// Pilot educators earn the pilot version first: a pilot enrollment, with the workspace, submission
/// and review every enrollment has; its scores feed the pilot report.
extension PilotRoutes {
    /// Starts the pilot version as a pilot enrollment of a pilot educator, then opens its workspace.
    func startEarning(_ context: SignedIn, _ id: MicrocredentialVersion.ID) throws -> Response {
        let enrolled = try app.earning.enrollInPilot(id, by: context.member)
        let title = enrolled.version.design.title
        return app.redirect(to: EarningEndpoints.workspace.path(enrolled.enrollmentID), .success, enrolled.isNew
                            ? "You started the pilot of “\(title)”. Your work is saved as you go; an assessor reviews it when you submit."
                            : "You have already started “\(title)”: here is your workspace.")
    }

    /// What a pilot educator sees on the feedback page: their pilot workspace, or the button that starts it; nil for pilot assessors.
    func earningPanel(_ context: SignedIn, _ feedback: Piloting.FeedbackPage) -> PilotEarningPanel? {
        guard feedback.earns else { return nil }
        return PilotEarningPanel(versionID: feedback.version.id, enrollmentID: feedback.pilotEnrollmentID, csrfToken: context.csrfToken)
    }
}
