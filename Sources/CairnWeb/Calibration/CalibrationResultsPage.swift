import CairnApp
import CairnCore
import CairnHTML

/// What scoring one exemplar showed: the criteria where the assessor's level differed from the
/// reference (theirs beside the reference), the designer's note on why, and what to do next.
struct CalibrationResultsPage: HTML {
    let context: PageContext
    let calibration: Calibrating.Page
    let item: Calibrating.Page.Item
    let result: CalibrationResult

    var rubric: Rubric { item.version.design.rubric }
    var number: Int { calibration.number(of: item) }

    var body: some HTML {
        Layout(title: "Calibration results: exemplar \(number)", context: context,
               lead: "You matched the reference level on \(result.criteriaCount - result.differences.count) of \(Wording.count(result.criteriaCount, "criterion", "criteria")). Your levels are recorded.") {
            if result.matchesReference {
                p(.class("calibration-match")) { "You matched the reference on every criterion." }
            } else {
                differences
            }
            if !item.exemplar.note.isEmpty {
                p { strong { "Why the reference levels: " }; item.exemplar.note }
            }
            if let next = calibration.nextUnscored {
                div(.class("actions")) {
                    ButtonLink("Score exemplar \(calibration.number(of: next))", to: ReviewEndpoints.calibration.path(calibration.microcredentialID, query: .exemplar(next.exemplar.id)))
                }
            } else {
                div(.class("notice"), .role("note")) { p { "You have scored every exemplar: you can review “\(calibration.title)” now." } }
                div(.class("actions")) {
                    ButtonLink("Go to the review queue", to: ReviewEndpoints.queue.path())
                    ButtonLink("Score this exemplar again", to: ReviewEndpoints.calibration.path(calibration.microcredentialID, query: .exemplar(item.exemplar.id)),
                               style: .secondary)
                }
            }
        }
    }

    var differences: some HTML {
        DataTable(id: "differences", caption: "Where you differed from the reference", columns: [
            .init("Criterion", rowHeader: true) { (difference: CalibrationResult.Difference) in
                rubric.criterion(difference.criterionID)?.title ?? difference.criterionID
            },
            .init("Your level") { difference in rubric.levelName(difference.givenLevelID) },
            .init("Reference level") { difference in rubric.levelName(difference.referenceLevelID) },
            .init("Difference") { difference in Self.steps(difference.steps) },
        ], rows: result.differences, emptyMessage: "You matched the reference on every criterion.")
    }

    /// "1 level higher", "2 levels lower", "—".
    static func steps(_ steps: Int?) -> String {
        guard let steps, steps != 0 else { return "—" }
        return "\(Wording.count(abs(steps), "level")) \(steps > 0 ? "higher" : "lower")"
    }
}
