import CairnCore

/// What calibration showed: per exemplar, the criteria where the assessor's level differed from
/// the reference (theirs beside the reference), and the designer's note on why.
struct CalibrationResultsPage: HTML {
    /// One scored exemplar.
    struct Item {
        let exemplar: Exemplar
        let design: Design
        /// Criterion id → the level the assessor gave.
        let given: [String: String]
        let result: CalibrationResult
    }

    let context: PageContext
    let microcredentialID: String
    let title: String
    let items: [Item]

    var matched: Int { items.reduce(0) { $0 + $1.result.criteriaCount - $1.result.differences.count } }
    var total: Int { items.reduce(0) { $0 + $1.result.criteriaCount } }

    var body: some HTML {
        Layout(title: "Calibration results: \(title)", context: context,
               lead: "You matched the reference level on \(matched) of \(Wording.count(total, "criterion", "criteria")). Your scores are recorded.") {
            for (index, item) in items.enumerated() {
                section(.aria(.labelledby, "result-\(index + 1)-heading")) {
                    h2(.id("result-\(index + 1)-heading")) { "Exemplar \(index + 1)" }
                    if item.result.matchesReference {
                        p(.class("calibration-match")) { "You matched the reference on every criterion." }
                    } else {
                        differences(item, number: index + 1)
                    }
                    if !item.exemplar.note.isEmpty {
                        p { strong { "Why the reference levels: " }; item.exemplar.note }
                    }
                }
            }
            div(.class("actions")) {
                ButtonLink("Done", to: Paths.dashboard)
                ButtonLink("Score the exemplars again", to: Paths.calibration(microcredentialID), style: .secondary)
            }
        }
    }

    func differences(_ item: Item, number: Int) -> some HTML {
        let rubric = item.design.rubric
        let tableID = "differences-\(number)"
        return div(.class("table-wrap"), .role("region"), .aria(.labelledby, tableID + "-caption"), .tabindex(0)) {
            table(.id(tableID), .class("table")) {
                caption(.id(tableID + "-caption")) { "Where you differed from the reference on exemplar \(number)" }
                thead {
                    tr {
                        th(.scope("col")) { "Criterion" }
                        th(.scope("col")) { "Your level" }
                        th(.scope("col")) { "Reference level" }
                        th(.scope("col")) { "Difference" }
                    }
                }
                tbody {
                    for difference in item.result.differences {
                        tr {
                            th(.scope("row")) { rubric.criterion(difference.criterionID)?.title ?? difference.criterionID }
                            td(.class("table__cell")) { rubric.levelName(difference.givenLevelID) }
                            td(.class("table__cell")) { rubric.levelName(difference.referenceLevelID) }
                            td(.class("table__cell")) { Self.steps(difference.steps) }
                        }
                    }
                }
            }
        }
    }

    /// "1 level higher", "2 levels lower", "—".
    static func steps(_ steps: Int?) -> String {
        guard let steps, steps != 0 else { return "—" }
        return "\(Wording.count(abs(steps), "level")) \(steps > 0 ? "higher" : "lower")"
    }
}
