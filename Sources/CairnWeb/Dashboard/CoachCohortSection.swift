import CairnCore
import CairnHTML
import Foundation

/// A coach's cohort: each educator's microcredentials with status, attempts, *not yet* and last
/// activity, stalled work first; a large cohort shows its first rows and says how many there are.
struct CoachCohortSection: HTML {
    /// Its first rows (stalled first, then by educator), the totals, and who has not started.
    let cohort: Cohort

    var body: some HTML {
        if cohort.stalled > 0 {
            p(.class("notice"), .role("note")) {
                "\(Wording.count(cohort.stalled, "microcredential")) of your educators \(cohort.stalled == 1 ? "has" : "have") seen no activity for \(Int(StalledRule.quietPeriod / 86400)) days: they come first below."
            }
        }
        if cohort.total > cohort.rows.count {
            p(.class("hint")) {
                "Showing \(cohort.rows.count) of \(cohort.total) microcredentials your educators are working on, stalled work first; "
                "\(cohort.stalled) are stalled."
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
        ], rows: cohort.rows, emptyMessage: "None of the educators you coach has started a microcredential yet.")
        if !cohort.notStarted.isEmpty {
            let more = cohort.notStartedTotal - cohort.notStarted.count
            p { "Not started yet: \(cohort.notStarted.joined(separator: ", "))" + (more > 0 ? ", and \(more) more." : ".") }
        }
    }
}
