import CairnApp
import CairnCore
import CairnHTML

/// Shows what a bulk award did, row by row: awarded (with a link to the credential) or why not.
struct BulkAwardReportPage: HTML {
    let context: PageContext
    let report: BulkAwarding.Report

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    static var columns: [DataTable<BulkAwarding.RowResult>.Column] { [
        .init("Line") { row in "\(row.line)" },
        .init("Email", rowHeader: true) { row in row.email.isEmpty ? "—" : row.email },
        .init("Result") { row in
            switch row.outcome {
            case .awarded(let id, _, let pathways):
                a(.href(CredentialEndpoints.page.path(id))) { "Awarded: view the credential" }
                if !pathways.isEmpty { p { "Also completed: " + pathways.joined(separator: ", ") + "." } }
            case .refused(let problem):
                problem.message
            }
        },
    ] }

    var body: some HTML {
        let awarded = report.awarded, refused = report.refused
        Layout(title: "Award report", context: context,
               lead: "\(report.version.design.title) (version \(report.version.number)), awarded directly.") {
            ul(.class("summary-counts"), .aria(.label, "Summary")) {
                li(.class("summary-counts__item summary-counts__item--success")) { Self.count(awarded.count, "educator awarded", "educators awarded") }
                li(.class(refused.isEmpty ? "summary-counts__item" : "summary-counts__item summary-counts__item--error")) {
                    Self.count(refused.count, "row not awarded", "rows not awarded")
                }
            }
            if !refused.isEmpty {
                section(.aria(.labelledby, "refused-heading")) {
                    h2(.id("refused-heading")) { "Rows not awarded" }
                    p { "Nothing was recorded for these rows. Fix them and award them again; those awarded now will show as already holding it." }
                    DataTable(id: "refused", caption: "Rows not awarded, by line", columns: Self.columns, rows: refused, emptyMessage: "")
                }
            }
            section(.aria(.labelledby, "awarded-heading")) {
                h2(.id("awarded-heading")) { "Awarded" }
                DataTable(id: "awarded", caption: "Educators awarded, with their credentials", columns: Self.columns, rows: awarded,
                          emptyMessage: "Nobody was awarded.")
            }
            div(.class("actions")) {
                ButtonLink("Back to credentials", to: CredentialEndpoints.issued.path())
                ButtonLink("Award again", to: CredentialEndpoints.bulkAward.path(), style: .secondary)
            }
        }
    }
}
