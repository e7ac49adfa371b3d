import CairnApp
import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The bulk award's report as a CSV file: asked for on the form, one row per line in the list's order.
@Suite struct BulkAwardReportCSVTests {
    @Test func theFormCanAnswerTheReportAsACSVFileOneRowPerLine() throws {
        try TestApp.with { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let entry = try BulkAwardTests.published(in: app)
            let response = try admin.submit(BulkAwardTests.path, [
                ("microcredential", entry.microcredential.id.rawValue),
                ("emails", "nobody@riverbend.example\nmei.chen@riverbend.example\n=HYPERLINK(\"x\")"), ("narrative", ""), ("report", "csv"),
            ])
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "text/csv; charset=utf-8")
            #expect(response.header("Content-Disposition") == "attachment; filename=\"award-report-\(entry.microcredential.slug).csv\"")
            let mei = try app.member("mei.chen@riverbend.example")
            let credential = try #require(try app.store.credentials.credentials(of: mei.person.id, in: app.organization("riverbend").id).first)
            let lines = response.text.components(separatedBy: "\r\n")
            #expect(lines.count == 5 && lines[4].isEmpty)
            #expect(lines[0] == "line,email,result,credential,pathways completed,reason")
            #expect(lines[1] == "1,nobody@riverbend.example,not awarded,,,Nobody with this email is an active member of your organization. Invite them first.")
            #expect(lines[2].hasPrefix("2,mei.chen@riverbend.example,awarded,") && lines[2].contains("/credentials/\(credential.id.rawValue),"))
            #expect(lines[3].hasPrefix(#"3,"'=HYPERLINK(""x"")",not awarded,,,"#), "a formula is neither run nor split")
        }
    }

    @Test(arguments: [("plain", "plain"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
                      ("=1+1", "'=1+1"), ("-3", "'-3"), ("@cmd", "'@cmd"), ("+x", "'+x")])
    func eachFieldIsQuotedWhenItNeedsToBeAndNeverRunAsAFormula(_ value: String, _ expected: String) {
        #expect(BulkAwardReportCSV.field(value) == expected)
    }
}
