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
        DataTable(id: tableID, caption: "Levels and feedback per criterion", columns: columns, rows: review.scores,
                  emptyMessage: "No criterion was scored.", class: "review-result")
        if !review.summary.isEmpty {
            div(.class("review-result__summary")) {
                p { strong { "Summary" } }
                p { review.summary }
            }
        }
    }

    var columns: [DataTable<ScoreEntry>.Column] { [
        .init("Criterion", rowHeader: true) { score in rubric.criterion(score.criterionID)?.title ?? score.criterionID },
        .init("Level") { score in
            strong { rubric.level(score.levelID)?.name ?? score.levelID }
            if let descriptor = rubric.criterion(score.criterionID)?.descriptors[score.levelID], !descriptor.isEmpty {
                p(.class("review-result__descriptor")) { descriptor }
            }
        },
        .init("Feedback") { score in
            if score.feedback.isEmpty { span(.class("muted")) { "No feedback written." } } else { p(.class("review-result__feedback")) { score.feedback } }
        },
    ] }
}
