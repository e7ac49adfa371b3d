import CairnCore
import CairnHTML

/// On the pilot feedback page, for a pilot educator: start earning the pilot version
/// (`POST /pilot/:version/start`), or go back to the pilot workspace already started.
struct PilotEarningPanel: HTML {
    let versionID: MicrocredentialVersion.ID
    /// The pilot enrollment, once started.
    let enrollmentID: Enrollment.ID?
    let csrfToken: String

    var body: some HTML {
        section(.class("panel"), .aria(.labelledby, "pilot-earning-heading")) {
            h2(.id("pilot-earning-heading")) { "Earn it first" }
            if let enrollmentID {
                p { "You have started the pilot version. Your evidence is reviewed like any submission, and its scores show the designer where the rubric works." }
                ButtonLink("Go to your pilot workspace", to: EarningEndpoints.workspace.path(enrollmentID))
            } else {
                p { "As a pilot educator you earn this version before it is published: gather your evidence, submit it, and an assessor reviews it." }
                PostForm(action: PilotEndpoints.startEarning.path(versionID), csrfToken: csrfToken) {
                    SubmitButton("Start the pilot")
                }
            }
        }
    }
}
