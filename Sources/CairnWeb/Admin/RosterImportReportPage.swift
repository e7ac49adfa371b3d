import CairnCore
import CairnHTML

/// Shows what an import did: who was invited, who was already a member, which lines need fixing.
public struct RosterImportReportPage: HTML {
    let context: PageContext
    let report: RosterImportReport

    public init(context: PageContext, report: RosterImportReport) {
        self.context = context
        self.report = report
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    static var rowColumns: [DataTable<ImportedRow>.Column] { [
        .init("Line") { row in "\(row.line)" },
        .init("Name", rowHeader: true) { row in row.name },
        .init("Email") { row in row.email },
    ] }

    static var problemColumns: [DataTable<ImportProblem>.Column] { [
        .init("Line", rowHeader: true) { problem in "\(problem.line)" },
        .init("Email") { problem in problem.email ?? "—" },
        .init("Problem") { problem in
            if problem.messages.count == 1 {
                problem.messages[0]
            } else {
                ul(.class("plain-list")) { for message in problem.messages { li { message } } }
            }
        },
    ] }

    public var body: some HTML {
        Layout(title: "Roster import report", context: context) {
            ul(.class("summary-counts"), .aria(.label, "Summary")) {
                li(.class("summary-counts__item summary-counts__item--success")) {
                    Self.count(report.invited.count, "person invited", "people invited")
                }
                li(.class("summary-counts__item")) {
                    Self.count(report.alreadyMembers.count, "already a member or invited", "already members or invited")
                }
                li(.class(report.problems.isEmpty ? "summary-counts__item" : "summary-counts__item summary-counts__item--error")) {
                    Self.count(report.problems.count, "row with problems", "rows with problems")
                }
            }
            if !report.problems.isEmpty {
                section(.aria(.labelledby, "problems-heading")) {
                    h2(.id("problems-heading")) { "Rows to fix" }
                    p { "These rows were skipped. Fix them in your file and import it again; rows already done will show as already a member or invited." }
                    DataTable(id: "problems", caption: "Rows with problems, by line in the file",
                              columns: Self.problemColumns, rows: report.problems, emptyMessage: "")
                }
            }
            section(.aria(.labelledby, "invited-heading")) {
                h2(.id("invited-heading")) { "Invited" }
                DataTable(id: "invited", caption: "People invited", columns: Self.rowColumns,
                          rows: report.invited, emptyMessage: "Nobody new was invited.")
            }
            if !report.alreadyMembers.isEmpty {
                section(.aria(.labelledby, "existing-heading")) {
                    h2(.id("existing-heading")) { "Already members or invited" }
                    DataTable(id: "existing", caption: "Already members or invited, left as they were", columns: Self.rowColumns,
                              rows: report.alreadyMembers, emptyMessage: "")
                }
            }
            div(.class("actions")) {
                ButtonLink("Back to members", to: AdminEndpoints.members.path())
                ButtonLink("Import another file", to: AdminEndpoints.importRoster.path(), style: .secondary)
            }
        }
    }
}
