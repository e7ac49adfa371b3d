import CairnCore
import CairnHTML

/// Where a member chooses how Cairn tells them about earning and review: at once, or a daily digest.
struct NotificationSettingsPage: HTML {
    /// The form field.
    static let field = "preference"

    let context: PageContext
    /// The saved choice (or the one sent back with an error); nil when never chosen.
    let selected: String?
    let errors: FormErrors

    init(context: PageContext, selected: String?, errors: FormErrors = FormErrors()) {
        self.context = context
        self.selected = selected
        self.errors = errors
    }

    static let choices = [
        Choice(value: NotificationPreference.immediate.rawValue, label: "Each message as it happens"),
        Choice(value: NotificationPreference.dailyDigest.rawValue, label: "One digest a day"),
    ]

    var body: some HTML {
        Layout(title: "Notification settings", context: context, width: .narrow,
               lead: "Cairn writes when a submission waits for review, when an assessor decides, when a coach can help, and when work has been quiet for two weeks.") {
            p(.class("breadcrumb")) { a(.href(NotificationEndpoints.list.path())) { "Your notifications" } }
            if selected == nil {
                p { "You haven't chosen yet: submissions waiting for review come in a daily digest, everything else as it happens." }
            }
            ErrorSummary(errors)
            PostForm(action: NotificationEndpoints.settings.path(), csrfToken: context.csrfToken, class: "stack") {
                RadioGroup(legend: "How should Cairn send you these messages?", name: Self.field, choices: Self.choices,
                           selected: selected, hint: "Your choice applies to every kind of message in \(context.organizationName ?? "this organization").",
                           error: errors[Self.field])
                SubmitButton("Save")
            }
        }
    }
}
