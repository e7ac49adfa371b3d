import CairnCore
import CairnHTML
import Foundation

/// The pilot report: overall answers, clarity and comments per requirement and criterion, and,
/// once pilot submissions are scored, the levels reached per criterion and the share *not yet*.
public struct PilotReportView: HTML {
    let report: PilotReport
    let design: Design

    public init(report: PilotReport, design: Design) {
        self.report = report
        self.design = design
    }

    static func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
    }

    static func rating(_ value: Double?) -> String {
        value.map { String(format: "%.1f of 5", $0) } ?? "No answer"
    }

    public var body: some HTML {
        section(.class("pilot-report"), .aria(.labelledby, "report-heading")) {
            h2(.id("report-heading")) { "Pilot report" }
            if report.responseCount == 0 {
                p(.class("empty-state")) { "No feedback yet. It appears here as participants answer the form." }
            } else {
                ul(.class("summary-counts")) {
                    li(.class("summary-counts__item")) { Wording.count(report.responseCount, "response") }
                    li(.class("summary-counts__item")) { "Relevance: \(Self.rating(report.averageRelevance))" }
                    li(.class("summary-counts__item")) {
                        "Workload: \(report.averageWorkloadHours.map { Wording.hours(($0 * 10).rounded() / 10) } ?? "—")"
                        span(.class("muted")) { " (estimated \(Wording.hours(design.estimatedHours)))" }
                    }
                    li(.class("summary-counts__item")) { "Would recommend: \(Self.percent(report.shareRecommending))" }
                }
                DataTable(id: "clarity", caption: "Clarity of each requirement and criterion (1 unclear … 5 perfectly clear)",
                          columns: Self.itemColumns, rows: report.items, emptyMessage: "")
                if !report.comments.isEmpty {
                    h3 { "Overall comments" }
                    ul(.class("comments")) {
                        for comment in report.comments { li { comment } }
                    }
                }
            }
            h3 { "Scores of pilot submissions" }
            if report.submissionCount == 0 {
                p(.class("muted")) { "No pilot submission has been scored yet. Once assessors review them, this shows how the levels fell for each criterion and where most were judged not yet." }
            } else {
                ScoreTable(report: report, levels: design.rubric.levels)
            }
        }
    }

    static var itemColumns: [DataTable<PilotReport.ItemSummary>.Column] { [
        .init("Item", rowHeader: true) { item in
            span(.class("muted")) { item.kind == .requirement ? "Evidence: " : "Criterion: " }
            item.title
        },
        .init("Answers") { item in "\(item.count)" },
        .init("Average clarity") { item in rating(item.averageClarity) },
        .init("Comments") { item in
            if item.comments.isEmpty {
                "—"
            } else {
                ul(.class("plain-list comments")) {
                    for comment in item.comments { li { comment } }
                }
            }
        },
    ] }
}

/// Per criterion: how many scored submissions reached each level, and the share judged *not yet*.
struct ScoreTable: HTML {
    let report: PilotReport
    let levels: [Level]

    var body: some HTML {
        DataTable(id: "scores", caption: "Levels reached in \(Wording.count(report.submissionCount, "scored submission"))",
                  columns: columns, rows: report.criteria, emptyMessage: "The rubric has no criteria.")
    }

    var columns: [DataTable<PilotReport.CriterionResults>.Column] {
        [.init("Criterion", rowHeader: true) { criterion in criterion.title }]
            + levels.map { level in
                .init(level.name) { criterion in "\(criterion.levels.first { $0.level.id == level.id }?.count ?? 0)" }
            }
            + [.init("Share judged not yet") { criterion in
                if (criterion.shareNotYet ?? 0) >= 0.5 {
                    span(.class("cell--alert")) { PilotReportView.percent(criterion.shareNotYet) }
                } else {
                    PilotReportView.percent(criterion.shareNotYet)
                }
            }]
    }
}
