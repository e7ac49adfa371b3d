import CairnApp
import CairnCore
import CairnHTML

/// The members with the assessor role, each with the microcredentials they review and a form to change them.
///
/// Form per assessor: `POST /admin/assessors/<membership id>` with `assesses` (microcredential ids,
/// or `*` for every microcredential, checkboxes).
struct AssessorsPage: HTML {
    struct Row {
        let member: Member
        /// Microcredential ids, or `*`.
        let assesses: Set<String>
        let errors: FormErrors
    }

    /// The checkbox name.
    static let field = "assesses"
    /// The choice that covers every microcredential, present and future.
    static let everyMicrocredential = Members.everyMicrocredential

    /// The id (and error key) of one assessor's group of checkboxes.
    static func key(_ membership: Membership.ID) -> String { "assesses-" + membership.rawValue }

    let context: PageContext
    let rows: [Row]
    let microcredentials: [Choice]

    var body: some HTML {
        Layout(title: "Assessors", context: context, width: .narrow,
               lead: "Who reviews what. Members with the assessor role review only the microcredentials chosen here.") {
            if rows.isEmpty {
                p(.class("empty-state")) {
                    "Nobody has the assessor role yet: give it on "; a(.href(AdminEndpoints.members.path())) { "Members" }; "."
                }
            }
            for row in rows {
                section(.class("panel"), .aria(.labelledby, Self.key(row.member.membership.id) + "-heading")) {
                    h2(.id(Self.key(row.member.membership.id) + "-heading")) { row.member.person.displayName }
                    ErrorSummary(row.errors)
                    PostForm(action: AdminEndpoints.saveAssessor.path(row.member.membership.id), csrfToken: context.csrfToken, class: "stack") {
                        CheckboxGroup(legend: "\(row.member.person.displayName) assesses", name: Self.field,
                                      choices: [Choice(value: Self.everyMicrocredential, label: "Every microcredential",
                                                       hint: "Including the ones your organization publishes later.")] + microcredentials,
                                      selected: row.assesses, error: row.errors[Self.key(row.member.membership.id)],
                                      key: Self.key(row.member.membership.id))
                        SubmitButton("Save for \(row.member.person.displayName)", style: .secondary)
                    }
                }
            }
        }
    }
}
