import CairnCore
import CairnHTML

/// "Use as exemplar": a decided submission's evidence, a reference level per criterion (prefilled
/// from its review) and an optional note on why.
///
/// Form: `POST /studio/:id/exemplars/from/:submission` with `level_<criterion>` and `note`.
struct ExemplarFormPage: HTML {
    let context: PageContext
    let microcredential: Microcredential
    let submission: Submission
    let version: MicrocredentialVersion
    /// Criterion id → level id, shown selected.
    let levels: [String: String]
    var note: String = ""
    var errors = FormErrors()

    var id: Microcredential.ID { microcredential.id }

    var body: some HTML {
        Layout(title: "Use as exemplar", context: context,
               lead: "Attempt \(submission.attempt) of “\(version.design.title)”, version \(version.number). Assessors will see this evidence, without the educator's name.") {
            p(.class("breadcrumb")) {
                a(.href(StudioEndpoints.overview.path(id))) { version.design.title }
                " › "
                a(.href(StudioEndpoints.exemplars.path(id))) { "Exemplars" }
            }
            ErrorSummary(errors)
            section(.aria(.labelledby, "evidence-heading")) {
                h2(.id("evidence-heading")) { "Evidence" }
                EvidenceView(design: version.design, items: submission.snapshot.items, enrollmentID: submission.enrollmentID)
            }
            section(.aria(.labelledby, "reference-heading")) {
                h2(.id("reference-heading")) { "Reference levels" }
                p { "The levels this evidence should get. They start from the assessor's decision; change any you see differently." }
                PostForm(action: StudioEndpoints.createExemplar.path(id, submission.id), csrfToken: context.csrfToken, class: "stack") {
                    RubricLevelFields(rubric: version.design.rubric, selected: levels, errors: errors)
                    TextArea(label: "Why these levels? (optional)", name: "note", value: note, rows: 4,
                             hint: "Assessors who scored differently read this.", error: errors["note"])
                    div(.class("actions")) {
                        SubmitButton("Use as exemplar")
                        ButtonLink("Cancel", to: StudioEndpoints.exemplars.path(id), style: .quiet)
                    }
                }
            }
        }
    }
}
