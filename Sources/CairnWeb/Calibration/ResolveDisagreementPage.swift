import CairnCore
import CairnHTML

/// Resolving one disagreement: both assessors' levels side by side, the evidence, and the final
/// level per criterion with a note.
///
/// Form: `POST /studio/:id/disagreements/:submission/:assessor` with `level_<criterion>` and `note`.
struct ResolveDisagreementPage: HTML {
    let context: PageContext
    let microcredential: Microcredential
    let version: MicrocredentialVersion
    let double: DoubleScore
    let names: [Person.ID: String]
    /// Criterion id → the final level shown selected.
    let levels: [String: String]
    let note: String
    var errors = FormErrors()

    var id: Microcredential.ID { microcredential.id }
    var action: String { StudioEndpoints.disagreement.path(id, double.submission.id, double.second.assessorID) }

    var body: some HTML {
        Layout(title: "Resolve a disagreement", context: context,
               lead: "“\(version.design.title)”, version \(version.number). Agreement is still measured on the assessors' own levels; your resolution is the record of what they should have been.") {
            p(.class("breadcrumb")) {
                a(.href(StudioEndpoints.overview.path(id))) { version.design.title }
                " › "
                a(.href(StudioEndpoints.disagreements.path(id))) { "Disagreements" }
            }
            ErrorSummary(errors)
            section(.aria(.labelledby, "scores-heading")) {
                h2(.id("scores-heading")) { "The two scores" }
                ScoresSideBySide(double: double, rubric: version.design.rubric, names: names, tableID: "scores")
            }
            section(.aria(.labelledby, "evidence-heading")) {
                h2(.id("evidence-heading")) { "Evidence" }
                EvidenceView(design: version.design, items: double.submission.snapshot.items, enrollmentID: double.submission.enrollmentID)
            }
            section(.aria(.labelledby, "resolution-heading")) {
                h2(.id("resolution-heading")) { "Final levels" }
                PostForm(action: action, csrfToken: context.csrfToken, class: "stack") {
                    RubricLevelFields(rubric: version.design.rubric, selected: levels, errors: errors)
                    TextArea(label: "Why these levels?", name: "note", value: note, rows: 4,
                             hint: "Kept beside the two scores.", error: errors["note"], required: true)
                    div(.class("actions")) {
                        SubmitButton("Save the resolution")
                        ButtonLink("Cancel", to: StudioEndpoints.disagreements.path(id), style: .quiet)
                    }
                }
            }
        }
    }
}
