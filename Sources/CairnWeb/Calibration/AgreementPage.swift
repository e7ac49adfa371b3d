import CairnApp
import CairnCore
import CairnHTML
import Foundation

/// Agreement between assessors on blind second scores: how many submissions were scored twice,
/// then exact agreement and Cohen's kappa overall, per assessor and per criterion.
struct AgreementPage: HTML {
    typealias Row = AgreementReport.Line

    let context: PageContext
    let report: AgreementReport
    var doubleScored: Int { report.doubleScored }
    var overall: Agreement { report.overall }
    var assessors: [Row] { report.assessors }
    var criteria: [Row] { report.criteria }

    /// "75%".
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// "0.56", "−0.20", or "—" when kappa is not defined.
    static func kappa(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f", value).replacingOccurrences(of: "-", with: "−")
    }

    var body: some HTML {
        Layout(title: "Agreement between assessors", context: context,
               lead: "A share of decided submissions is scored a second time, blind, by another assessor. These figures compare the two scores, criterion by criterion.") {
            if doubleScored == 0 {
                p(.class("empty-state")) {
                    "No submission has been scored twice yet. Choose the share of submissions to score twice in the "
                    a(.href(AdminEndpoints.reviewPolicy.path())) { "review policy" }
                    "."
                }
            } else {
                ul(.class("summary-counts")) {
                    li(.class("summary-counts__item")) { "Double-scored submissions: \(doubleScored)" }
                    li(.class("summary-counts__item")) { "Exact agreement: \(Self.percent(overall.exactAgreement))" }
                    li(.class("summary-counts__item")) { "Cohen's kappa: \(Self.kappa(overall.kappa))" }
                }
                p(.class("muted")) {
                    "Exact agreement is the share of criteria both assessors put at the same level. Cohen's kappa corrects it for the agreement expected by chance: 1 is perfect, 0 no better than chance; it is not defined (—) when both used one and the same level throughout."
                }
                section(.aria(.labelledby, "assessors-heading")) {
                    h2(.id("assessors-heading")) { "Per assessor" }
                    DataTable(id: "assessors", caption: "Agreement of each assessor, over the scores they gave first or second",
                              columns: Self.columns(first: "Assessor"), rows: assessors, emptyMessage: "")
                }
                section(.aria(.labelledby, "criteria-heading")) {
                    h2(.id("criteria-heading")) { "Per criterion" }
                    DataTable(id: "criteria", caption: "Agreement on each criterion",
                              columns: Self.columns(first: "Criterion", detail: "Microcredential"), rows: criteria, emptyMessage: "")
                }
            }
        }
    }

    static func columns(first: String, detail: String? = nil) -> [DataTable<Row>.Column] {
        var columns: [DataTable<Row>.Column] = [.init(first, rowHeader: true) { row in row.name }]
        if let detail { columns.append(.init(detail) { row in row.detail ?? "" }) }
        columns += [
            .init("Criteria scored twice") { row in "\(row.agreement.count)" },
            .init("Exact agreement") { row in percent(row.agreement.exactAgreement) },
            .init("Cohen's kappa") { row in kappa(row.agreement.kappa) },
        ]
        return columns
    }
}
