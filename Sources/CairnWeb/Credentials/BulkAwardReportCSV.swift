import CairnApp
import CairnCore

/// A bulk award's report as a CSV file to keep or share: one row per line of the list, in its order, with
/// the credential's address of each awarded row and the reason of each refused one.
///
/// Fields are quoted when they hold a comma, a quote or a line break (RFC 4180), and a field a spreadsheet
/// would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`.
enum BulkAwardReportCSV {
    /// The header row's columns.
    static let header = ["line", "email", "result", "credential", "pathways completed", "reason"]

    /// The whole file, CRLF line ends, a header first.
    static func text(_ report: BulkAwarding.Report) -> String {
        let rows = report.rows.map { row -> [String] in
            switch row.outcome {
            case .awarded(_, let url, let pathways): [String(row.line), row.email, "awarded", url, pathways.joined(separator: "; "), ""]
            case .refused(let problem): [String(row.line), row.email, "not awarded", "", "", problem.message]
            }
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The file's name: the microcredential's address.
    static func fileName(_ report: BulkAwarding.Report) -> String { "award-report-\(report.microcredential.slug).csv" }

    /// One field, neutralised against formulas and quoted when it needs to be.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
