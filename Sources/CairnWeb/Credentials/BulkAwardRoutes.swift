import CairnApp
import CairnCore
import CairnHTTP
import Foundation

/// The admin's bulk award: the form, and the per-row report it answers with.
struct BulkAwardRoutes {
    let app: App

    /// The largest CSV accepted: 2 MB holds the most rows one run awards with long narratives.
    static let maxFileBytes: Int64 = 2 << 20

    func register(in table: inout RouteTable) {
        table.add(CredentialEndpoints.bulkAward) { (context: SignedIn) in
            try form(context, typed: BulkAwardPage.Typed(microcredential: context.request.query["microcredential"] ?? ""), errors: FormErrors())
        }
        table.add(CredentialEndpoints.saveBulkAward, award)
    }

    /// The form, with what was typed and its errors after a refusal (422).
    func form(_ context: SignedIn, typed: BulkAwardPage.Typed, errors: FormErrors) throws -> Response {
        let choices = try app.bulkAwarding.choices(by: context.member).map {
            Choice(value: $0.microcredential.id.rawValue, label: $0.design.title)
        }
        return app.render(BulkAwardPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), choices: choices,
                                        typed: typed, errors: errors),
                          status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Reads the list (the CSV when one is chosen, else the pasted lines), awards it, and shows the report, or
    /// answers it as a CSV file when the form asks for one (`BulkAwardReportCSV`).
    func award(_ context: SignedIn) throws -> Response {
        let form = context.request.form
        let typed = BulkAwardPage.Typed(microcredential: form[BulkAwardPage.Field.microcredential] ?? "",
                                        emails: form[BulkAwardPage.Field.emails] ?? "", narrative: form[BulkAwardPage.Field.narrative] ?? "",
                                        report: form[BulkAwardPage.Field.report] ?? BulkAwardPage.Report.page.rawValue)
        var errors = FormErrors()
        if typed.microcredential.isEmpty { errors.add("Choose the microcredential to award.", for: BulkAwardPage.Field.microcredential) }
        let narrative = typed.narrative
        var list: DirectAwardList?
        var listField = BulkAwardPage.Field.emails
        do {
            if let file = form.file(BulkAwardPage.Field.file), file.size > 0 {
                listField = BulkAwardPage.Field.file
                guard file.size <= Self.maxFileBytes else {
                    throw FileProblem("The file is larger than 2 MB; split it into smaller files.")
                }
                guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
                    throw FileProblem("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.")
                }
                list = try DirectAwardList(csv: text, narrative: narrative)
            } else {
                list = try DirectAwardList(pasted: typed.emails, narrative: narrative)
            }
        } catch let error as DirectAwardListError {
            if case .narrativeTooLong = error {
                errors.add(error.message, for: BulkAwardPage.Field.narrative)
            } else {
                errors.add(listField == BulkAwardPage.Field.file || error != .empty ? error.message
                           : "Paste at least one email address, or choose a CSV file.", for: listField)
            }
        } catch let problem as FileProblem {
            errors.add(problem.message, for: listField)
        }
        guard errors.isEmpty, let list else { return try self.form(context, typed: typed, errors: errors) }
        let report: BulkAwarding.Report
        do {
            report = try app.bulkAwarding.award(Microcredential.ID(rawValue: typed.microcredential), to: list, by: context.member) { line, error in
                app.logger.error("bulk award row failed", [("line", String(line)), ("error", "\(error)")])
            }
        } catch let error as BulkAwardingError {
            errors.add(error.message, for: BulkAwardPage.Field.microcredential)
            return try self.form(context, typed: typed, errors: errors)
        }
        if typed.report == BulkAwardPage.Report.csv.rawValue {
            var response = Response(status: .ok, headers: ["Content-Type": "text/csv; charset=utf-8"],
                                    body: .bytes(Array(BulkAwardReportCSV.text(report).utf8)))
            response.headers.set("Content-Disposition", "attachment; filename=\"\(BulkAwardReportCSV.fileName(report))\"")
            response.headers.set("Cache-Control", "no-store")
            return response
        }
        return app.render(BulkAwardReportPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), report: report))
    }

    /// A file that cannot be read as a list.
    private struct FileProblem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
