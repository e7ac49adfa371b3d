import CairnApp
import CairnCore
import CairnHTML

/// An assessor's calibration on one exemplar: its evidence, then a level per criterion of its rubric.
///
/// Form: `POST /review/calibration/:microcredential` with `exemplar` (its id) and `level_<criterion>`.
struct CalibrationPage: HTML {
    let context: PageContext
    let calibration: Calibrating.Page
    /// Nil when the microcredential has no exemplars.
    let item: Calibrating.Page.Item?
    var selected: [String: String] = [:]
    var errors = FormErrors()

    var body: some HTML {
        Layout(title: "Calibration: \(calibration.title)", context: context,
               lead: "Score each exemplar as you would any submission. Then you see where your levels differ from the designer's reference levels.") {
            ErrorSummary(errors)
            if let item {
                let number = calibration.number(of: item)
                p(.class("calibration-progress")) {
                    "Exemplar \(number) of \(calibration.items.count) · you have scored \(calibration.scored.count)"
                }
                if calibration.scored.contains(item.exemplar.id) {
                    div(.class("notice"), .role("note")) { p { "You have scored this exemplar before: scoring it again replaces your earlier levels." } }
                }
                section(.aria(.labelledby, "evidence-heading")) {
                    h2(.id("evidence-heading")) { "Evidence of exemplar \(number)" }
                    // Without its submission the exemplar's files are gone too: their links lead nowhere.
                    EvidenceView(design: item.version.design, items: item.exemplar.snapshot.items, enrollmentID: item.enrollmentID ?? Enrollment.ID(rawValue: ""))
                }
                section(.aria(.labelledby, "levels-heading")) {
                    h2(.id("levels-heading")) { "Your levels" }
                    PostForm(action: ReviewEndpoints.scoreCalibration.path(calibration.microcredentialID), csrfToken: context.csrfToken, class: "stack") {
                        input(.type(.hidden), .name("exemplar"), .value(item.exemplar.id.rawValue))
                        RubricLevelFields(rubric: item.version.design.rubric, selected: selected, errors: errors)
                        div(.class("actions")) { SubmitButton("Compare with the reference") }
                    }
                }
            } else {
                p(.class("empty-state")) { "This microcredential has no exemplars yet: there is nothing to calibrate on." }
                p { a(.href(DashboardEndpoints.dashboard.path())) { "Back to your dashboard" } }
            }
        }
    }
}
