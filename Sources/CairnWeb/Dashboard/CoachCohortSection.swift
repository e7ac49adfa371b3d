import CairnCore
import CairnHTML
import Foundation

/// A coach's cohort: each educator's microcredentials with status, attempts, *not yet* and last
/// activity, stalled work first; a large cohort shows its first rows and says how many there are.
struct CoachCohortSection: HTML {
    /// Stalled rows first, then by educator.
    let rows: [CohortRow]
    /// Coached educators with no enrollment yet.
    let notStarted: [String]
    /// The most rows and names shown: a school's cohort can hold thousands.
    static let shownRows = 100, shownNames = 30

    var body: some HTML {
        let stalled = rows.count { $0.isStalled }
        if stalled > 0 {
            p(.class("notice"), .role("note")) {
                "\(Wording.count(stalled, "microcredential")) of your educators \(stalled == 1 ? "has" : "have") seen no activity for \(Int(StalledRule.quietPeriod / 86400)) days: they come first below."
            }
        }
        if rows.count > Self.shownRows {
            p(.class("hint")) {
                "Showing \(Self.shownRows) of \(rows.count) microcredentials your educators are working on, stalled work first; "
                "\(stalled) are stalled."
            }
        }
        DataTable(id: "coach-cohort", caption: "Your cohort's progress", columns: [
            .init("Educator", rowHeader: true) { row in row.educatorName },
            .init("Microcredential") { row in row.title },
            .init("Status") { row in MyMicrocredentialsPage.label(row.status) },
            .init("Attempts") { row in "\(row.attempts)" },
            .init("Not yet") { row in "\(row.notYetCount)" },
            .init("Last activity") { row in
                DateText(row.lastActivity)
                if row.isStalled { " "; span(.class("badge badge--stalled")) { "stalled" } }
            },
        ], rows: Array(rows.prefix(Self.shownRows)), emptyMessage: "None of the educators you coach has started a microcredential yet.")
        if !notStarted.isEmpty {
            let more = notStarted.count - Self.shownNames
            p { "Not started yet: \(notStarted.prefix(Self.shownNames).joined(separator: ", "))" + (more > 0 ? ", and \(more) more." : ".") }
        }
    }
}
