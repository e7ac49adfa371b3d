import CairnCore
import CairnHTML

/// Where an invite link leads: what the pilot is, and a button to join it as a pilot educator
/// (`POST /pilot/join/:token`).
public struct PilotJoinPage: HTML {
    let context: PageContext
    let token: String
    let design: Design
    let alreadyJoined: Bool

    public init(context: PageContext, token: String, design: Design, alreadyJoined: Bool = false) {
        self.context = context
        self.token = token
        self.design = design
        self.alreadyJoined = alreadyJoined
    }

    public var body: some HTML {
        Layout(title: "Join the pilot of “\(design.title)”", context: context, width: .narrow,
               lead: design.summary.isEmpty ? nil : design.summary) {
            p { "As a pilot educator you earn this microcredential before it's published, then tell the designer what was clear and what wasn't. It takes about \(Wording.hours(design.estimatedHours))." }
            if alreadyJoined {
                div(.class("notice"), .role("note")) { p { "You're already taking part in this pilot." } }
            } else {
                PostForm(action: PilotEndpoints.accept.path(token), csrfToken: context.csrfToken) {
                    div(.class("actions")) {
                        SubmitButton("Join the pilot")
                        ButtonLink("Not now", to: DashboardEndpoints.dashboard.path(), style: .quiet)
                    }
                }
            }
        }
    }
}
