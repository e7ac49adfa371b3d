import CairnCore
import CairnHTML

/// A blind second score: the submitted evidence and a level per criterion. Neither the first
/// assessor's levels and decision nor the educator's name are shown.
///
/// Form: `POST /review/second/:submission` with `level_<criterion>`.
struct SecondScoringPage: HTML {
    let context: PageContext
    let submission: Submission
    let version: MicrocredentialVersion
    var selected: [String: String] = [:]
    var errors = FormErrors()

    var body: some HTML {
        Layout(title: "Second score: \(version.design.title)", context: context,
               lead: "Attempt \(submission.attempt), version \(version.number). Score it as if you were the only assessor.") {
            p(.class("breadcrumb")) { a(.href(ReviewEndpoints.secondScoring.path())) { "Second scoring" } }
            ErrorSummary(errors)
            section(.aria(.labelledby, "evidence-heading")) {
                h2(.id("evidence-heading")) { "Evidence" }
                EvidenceView(design: version.design, items: submission.snapshot.items, enrollmentID: submission.enrollmentID)
            }
            section(.aria(.labelledby, "levels-heading")) {
                h2(.id("levels-heading")) { "Your levels" }
                PostForm(action: ReviewEndpoints.saveSecondScore.path(submission.id), csrfToken: context.csrfToken, class: "stack") {
                    RubricLevelFields(rubric: version.design.rubric, selected: selected, errors: errors)
                    div(.class("actions")) { SubmitButton("Record my second score") }
                }
            }
        }
    }
}
