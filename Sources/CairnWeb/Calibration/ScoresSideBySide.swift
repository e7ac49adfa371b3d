import CairnCore
import CairnHTML

/// A double-scored submission's levels side by side per criterion: the review's, the second
/// score's and, once resolved, the final level; rows where the assessors differ are marked.
struct ScoresSideBySide: HTML {
    let double: DoubleScore
    let rubric: Rubric
    let names: [Person.ID: String]
    /// Unique on the page.
    let tableID: String

    var body: some HTML {
        let first = double.review.levels
        let disagreements = Set(double.disagreements)
        let firstName = names[double.review.assessorID] ?? "First assessor"
        let secondName = names[double.second.assessorID] ?? "Second assessor"
        div(.class("table-wrap"), .role("region"), .aria(.labelledby, tableID + "-caption"), .tabindex(0)) {
            table(.id(tableID), .class("table")) {
                caption(.id(tableID + "-caption")) {
                    "Attempt \(double.submission.attempt): levels of \(firstName) (review) and \(secondName) (second score)"
                }
                thead {
                    tr {
                        th(.scope("col")) { "Criterion" }
                        th(.scope("col")) { "\(firstName) (review)" }
                        th(.scope("col")) { "\(secondName) (second score)" }
                        th(.scope("col")) { "Final level" }
                    }
                }
                tbody {
                    for criterion in rubric.criteria {
                        tr(.class(disagreements.contains(criterion.id) ? "row--disagreement" : "row")) {
                            th(.scope("row")) {
                                criterion.title
                                if disagreements.contains(criterion.id) { span(.class("badge badge--alert")) { " Differs" } }
                            }
                            td(.class("table__cell")) { rubric.levelName(first[criterion.id]) }
                            td(.class("table__cell")) { rubric.levelName(double.second.scores[criterion.id]) }
                            td(.class("table__cell")) { double.resolution.map { rubric.levelName($0.levels[criterion.id]) } ?? "Not resolved yet" }
                        }
                    }
                }
            }
        }
    }
}
