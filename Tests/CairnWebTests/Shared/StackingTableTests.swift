import CairnCore
import CairnHTML
import Testing
@testable import CairnWeb

/// Every table Cairn shows is a `DataTable`, so on a phone each row stacks into a card and no
/// link or button is out of sight sideways.
@Suite struct StackingTableTests {
    /// The pages, and the one table that is not part of a fixture page (an attempt's levels and feedback).
    var pages: [(name: String, html: String)] {
        Fixtures.allPages + [
            ("review-result", ReviewResult(review: Fixtures.double.review, rubric: Fixtures.design.rubric, tableID: "attempt-1").render()),
        ]
    }

    @Test func everyTableOnEveryPageStacksAndLabelsEachCell() {
        var tablesSeen = 0
        for (name, html) in pages {
            for table in html.pieces(splitBy: "<table").dropFirst().map({ $0.pieces(splitBy: "</table>")[0] }) {
                tablesSeen += 1
                let tag = table.pieces(splitBy: ">")[0]
                // A bare <table> is Markdown's, in prose: it wraps within the page's width instead.
                if tag.isEmpty { continue }
                #expect(tag.contains(#"class="table table--stacking"#), "page \(name): a table that does not stack: <table\(tag)>")
                let head = table.pieces(splitBy: "<tbody>")[0]
                let labelled = head.occurrences(of: "<th scope=\"col\"") - head.occurrences(of: #"<span class="visually-hidden">"#)
                for row in table.pieces(splitBy: "<tbody>").last!.pieces(splitBy: "<tr").dropFirst() {
                    #expect(row.occurrences(of: " data-label=\"") == labelled, "page \(name): a row whose cells lack their labels: \(row.prefix(200))")
                }
            }
        }
        #expect(tablesSeen >= 15)
    }

    @Test func reviewResultLabelsLevelAndFeedbackForACard() {
        let html = ReviewResult(review: Fixtures.double.review, rubric: Fixtures.design.rubric, tableID: "attempt-1").render()
        #expect(html.contains(#"<table id="attempt-1" class="table table--stacking review-result"><caption id="attempt-1-caption">Levels and feedback per criterion</caption>"#))
        #expect(html.contains(#"<td class="table__cell" data-label="Level"><strong>Demonstrated</strong>"#))
        #expect(html.contains(#"<td class="table__cell" data-label="Feedback"><span class="muted">No feedback written.</span></td>"#))
    }

    @Test func aPilotShareOfNotYetAtHalfOrMoreIsMarkedInsideItsCell() {
        let html = ScoreTable(report: Fixtures.pilotReport, levels: Fixtures.design.rubric.levels).render()
        #expect(html.contains(#"<table id="scores" class="table table--stacking">"#))
        #expect(html.contains(#"data-label="Share judged not yet""#))
        for level in Fixtures.design.rubric.levels {
            #expect(html.contains(#"data-label="\#(level.name)""#))
        }
    }
}
