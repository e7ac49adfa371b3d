import CairnApp
import CairnCore
import CairnHTML

/// The submissions waiting for this assessor's blind second score, oldest decision first.
struct SecondScoringListPage: HTML {
    typealias Row = SecondScores.Row

    let context: PageContext
    let rows: [Row]

    var body: some HTML {
        Layout(title: "Second scoring", context: context,
               lead: "A share of decided submissions is scored a second time, blind: you do not see the first assessor's levels. Agreement between assessors is measured from these scores.") {
            DataTable(id: "second-scoring", caption: Wording.count(rows.count, "submission") + " to score a second time",
                      columns: Self.columns, rows: rows, emptyMessage: "Nothing waits for a second score from you.")
        }
    }

    static var columns: [DataTable<Row>.Column] { [
        .init("Microcredential", rowHeader: true) { row in row.title },
        .init("Attempt") { row in "\(row.submission.attempt)" },
        .init("Submitted") { row in DateText(row.submission.submittedAt) },
        .init("Action", hideHeader: true) { row in
            a(.href(ReviewEndpoints.secondScore.path(row.submission.id))) { "Score it" }
        },
    ] }
}
