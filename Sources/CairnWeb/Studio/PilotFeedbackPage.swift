import CairnCore
import CairnHTML

/// The pilot's structured feedback form, for pilot educators and assessors.
///
/// Fields: for each requirement `clarity_requirement_<id>` (1–5) and `comment_requirement_<id>`;
/// for each criterion `clarity_criterion_<id>` and `comment_criterion_<id>`; overall `relevance`
/// (1–5), `workload_hours`, `would_recommend` (`yes`/`no`) and `comments`. Posts to
/// `/pilot/:version/feedback`.
public struct PilotFeedbackPage: HTML {
    let context: PageContext
    let version: MicrocredentialVersion
    let values: [String: String]
    let errors: FormErrors
    let earning: PilotEarningPanel?

    /// - Parameters:
    ///   - values: the answers typed, by field name, shown again after a failed post.
    ///   - earning: for a pilot educator, where they start (or continue) earning the pilot version.
    init(context: PageContext, version: MicrocredentialVersion, values: [String: String] = [:],
         errors: FormErrors = FormErrors(), earning: PilotEarningPanel? = nil) {
        self.context = context
        self.version = version
        self.values = values
        self.errors = errors
        self.earning = earning
    }

    /// Five choices, the ends labelled: ["1 unclear", "2", "3", "4", "5 perfectly clear"].
    static func scale(low: String, high: String) -> [Choice] {
        var choices: [Choice] = []
        for n in 1...5 {
            let label: String = n == 1 ? "1 \(low)" : n == 5 ? "5 \(high)" : String(n)
            choices.append(Choice(value: String(n), label: label))
        }
        return choices
    }

    static let clarityChoices = scale(low: "unclear", high: "perfectly clear")
    static let relevanceChoices = scale(low: "not at all", high: "very")

    func item(_ kind: ItemFeedback.Kind, _ id: String, _ title: String, _ detail: String) -> ItemQuestion {
        ItemQuestion(kind: kind, id: id, title: title, detail: detail, values: values, errors: errors)
    }

    public var body: some HTML {
        Layout(title: "Pilot feedback: \(version.design.title)", context: context, width: .narrow,
               lead: "Thank you for piloting version \(version.number). Your answers help the designer make it clearer before it's published.") {
            ErrorSummary(errors)
            if let earning { earning }
            PostForm(action: PilotEndpoints.feedback.path(version.id), csrfToken: context.csrfToken, class: "stack") {
                section(.aria(.labelledby, "feedback-requirements")) {
                    h2(.id("feedback-requirements")) { "Evidence requirements" }
                    for requirement in version.design.requirements {
                        item(.requirement, requirement.id, requirement.title, requirement.prompt)
                    }
                }
                section(.aria(.labelledby, "feedback-criteria")) {
                    h2(.id("feedback-criteria")) { "Rubric criteria" }
                    for criterion in version.design.rubric.criteria {
                        item(.criterion, criterion.id, criterion.title, "")
                    }
                }
                section(.aria(.labelledby, "feedback-overall")) {
                    h2(.id("feedback-overall")) { "Overall" }
                    RadioGroup(legend: "How relevant is it to your practice?", name: "relevance",
                               choices: Self.relevanceChoices,
                               selected: values["relevance"], error: errors["relevance"], inline: true)
                    TextField(label: "How many hours did the work take?", name: "workload_hours", value: values["workload_hours"] ?? "",
                              kind: .decimal, hint: "The designer estimated \(Wording.hours(version.design.estimatedHours)).",
                              error: errors["workload_hours"])
                    RadioGroup(legend: "Would you recommend it to a colleague?", name: "would_recommend",
                               choices: [Choice(value: "yes", label: "Yes"), Choice(value: "no", label: "No")],
                               selected: values["would_recommend"], error: errors["would_recommend"], inline: true)
                    TextArea(label: "Anything else the designer should know?", name: "comments", value: values["comments"] ?? "",
                             rows: 4, error: errors["comments"])
                }
                div(.class("actions")) { SubmitButton("Send feedback") }
            }
        }
    }
}

/// One requirement or criterion: how clear it was (1–5) and a comment.
struct ItemQuestion: HTML {
    let kind: ItemFeedback.Kind
    let id: String
    let title: String
    let detail: String
    let values: [String: String]
    let errors: FormErrors

    var clarityName: String { "clarity_\(kind.rawValue)_\(id)" }
    var commentName: String { "comment_\(kind.rawValue)_\(id)" }

    var body: some HTML {
        div(.class("feedback-item")) {
            h3 { title }
            if !detail.isEmpty { p(.class("muted")) { detail } }
            RadioGroup(legend: "How clear is it?", name: clarityName, choices: PilotFeedbackPage.clarityChoices,
                       selected: values[clarityName], error: errors[clarityName], inline: true)
            TextArea(label: "What was unclear, or could be better?", name: commentName, value: values[commentName] ?? "",
                     rows: 2, error: errors[commentName])
        }
    }
}
