import CairnCore
import CairnHTML

/// The organization's review policy form.
///
/// Form: `POST /admin/review-policy` with `not_yet_before_coach` (1–10), `claim_hours` (1–168),
/// `second_scoring_percent` (0–100) and `hide_educator_names` (microcredential ids, checkboxes).
struct ReviewPolicyPage: HTML {
    /// What the form shows: the saved policy, or what was typed before a refused post.
    struct Values {
        let notYetBeforeCoach: String
        let claimHours: String
        let secondScoringPercent: String
        /// Microcredential ids whose assessors do not see educators' names.
        let hidden: Set<String>
    }

    let context: PageContext
    let microcredentials: [Choice]
    let values: Values
    var errors = FormErrors()

    var body: some HTML {
        Layout(title: "Review policy", context: context, width: .narrow,
               lead: "How review works in your organization: when an educator is pointed to a coach, how long assessors hold a submission, and how often a second assessor scores it blind.") {
            ErrorSummary(errors)
            PostForm(action: AdminEndpoints.reviewPolicy.path(), csrfToken: context.csrfToken, class: "stack") {
                TextField(label: "Not yet decisions before a coach", name: "not_yet_before_coach", value: values.notYetBeforeCoach,
                          hint: "After this many not yet decisions on one microcredential, the educator is pointed to a coach (1 to 10).",
                          error: errors["not_yet_before_coach"], required: true)
                TextField(label: "Claim length in hours", name: "claim_hours", value: values.claimHours, kind: .decimal,
                          hint: "A claimed submission goes back to the queue after this many hours without a decision (1 to 168).",
                          error: errors["claim_hours"], required: true)
                TextField(label: "Share scored twice, in percent", name: "second_scoring_percent", value: values.secondScoringPercent,
                          kind: .decimal,
                          hint: "This share of decided submissions is scored a second time, blind, to measure agreement (0 to 100).",
                          error: errors["second_scoring_percent"], required: true)
                if microcredentials.isEmpty {
                    p(.class("muted")) { "Your organization has no microcredentials yet: name hiding is set per microcredential." }
                } else {
                    CheckboxGroup(legend: "Hide educators' names from assessors", name: "hide_educator_names", choices: microcredentials,
                                  selected: values.hidden, hint: "Assessors of these microcredentials see submissions without the educator's name.",
                                  error: errors["hide_educator_names"])
                }
                div(.class("actions")) {
                    SubmitButton("Save the review policy")
                    a(.href(AdminEndpoints.agreement.path())) { "See agreement between assessors" }
                }
            }
        }
    }
}
