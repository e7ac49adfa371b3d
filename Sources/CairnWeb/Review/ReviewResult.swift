import CairnCore
import CairnHTML

/// One decided attempt as its educator and later assessors read it: the decision, then per
/// criterion the level given, that level's descriptor and the assessor's feedback, then the summary.
struct ReviewResult: HTML {
    let review: Review
    let rubric: Rubric
    /// The table's id, unique on the page (a page may show several attempts).
    let tableID: String

    var body: some HTML {
        p(.class("review-result__decision")) {
            strong { "Decision: " }
            span(.class(review.decision == .earned ? "badge badge--published" : "badge badge--pilot")) { review.decision.displayName }
            " · decided "
            DateText(review.decidedAt)
        }
        if let override = review.override {
            p(.class("notice")) {
                "The assessor decided “\(override.decision.displayName)” instead of the rubric's “\(review.computedDecision.displayName)”: "
                override.justification
            }
        }
        div(.class("table-wrap"), .role("region"), .aria(.labelledby, tableID + "-caption"), .tabindex(0)) {
            table(.id(tableID), .class("table review-result")) {
                caption(.id(tableID + "-caption")) { "Levels and feedback per criterion" }
                thead {
                    tr {
                        th(.scope("col")) { "Criterion" }
                        th(.scope("col")) { "Level" }
                        th(.scope("col")) { "Feedback" }
                    }
                }
                tbody {
                    for score in review.scores {
                        tr {
                            th(.scope("row")) { rubric.criterion(score.criterionID)?.title ?? score.criterionID }
                            td(.class("table__cell")) {
                                strong { rubric.level(score.levelID)?.name ?? score.levelID }
                                if let descriptor = rubric.criterion(score.criterionID)?.descriptors[score.levelID], !descriptor.isEmpty {
                                    p(.class("review-result__descriptor")) { descriptor }
                                }
                            }
                            td(.class("table__cell")) {
                                if score.feedback.isEmpty { span(.class("muted")) { "No feedback written." } } else { p(.class("review-result__feedback")) { score.feedback } }
                            }
                        }
                    }
                }
            }
        }
        if !review.summary.isEmpty {
            div(.class("review-result__summary")) {
                p { strong { "Summary" } }
                p { review.summary }
            }
        }
    }
}
