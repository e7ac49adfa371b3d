import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Importing a roster CSV: good rows become invited members, every other row is reported by line.
@Suite struct RosterImportTests {
    static let roster = """
        email,name,roles,school
        mei.new@riverbend.example,Mei New,educator,Riverbend Elementary
        not-an-email,Bad Email,educator,
        wizard@riverbend.example,Will Wizard,wizard,
        mei.new@riverbend.example,Mei Again,coach,
        atlantis@riverbend.example,Ann Atlantis,coach,Atlantis High
        educator@riverbend.example,Jordan Ellis,educator,
        ,No Email,educator,
        omar.new@riverbend.example,"Omar New, Jr.",coach;assessor,riverbend high school

        """

    /// Uploads `bytes` as the roster file through the import form.
    static func upload(_ bytes: [UInt8], filename: String = "roster.csv", contentType: String = "text/csv",
                       as browser: HTTPTestClient) throws -> TestResponse {
        let token = try #require(try browser.get("/admin/members/import").csrfToken)
        return try browser.postMultipart("/admin/members/import", fields: [("_csrf", token)],
                                         file: (field: "roster", filename: filename, contentType: contentType, bytes: bytes))
    }

    /// The table row of the problems table for `line`, as text without tags.
    static func problemRow(_ line: Int, in page: TestResponse) -> String? {
        guard let table = page.text.range(of: #"id="problems""#).map({ page.text[$0.upperBound...] }),
              let end = table.range(of: "</table>") else { return nil }
        let rows = table[..<end.lowerBound].components(separatedBy: "<tr")
        return rows.map { ("<tr" + $0).replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression) }
            .first { $0.split(separator: " ").first == "\(line)" }
    }

    @Test(arguments: TestEngine.available)
    func importInvitesTheGoodRowsAndReportsEveryOtherByLine(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let report = try Self.upload(Array(Self.roster.utf8), as: admin)
            #expect(report.status == 200)
            #expect(report.text.contains("Roster import report</h1>"))
            #expect(report.text.contains("2 people invited"))
            #expect(report.text.contains("1 already a member or invited"))
            #expect(report.text.contains("5 rows with problems"))

            let expectedProblems: [(line: Int, text: String)] = [
                (3, "'not-an-email' is not an email address."),
                (4, "'wizard' is not a role"),
                (5, "This email already appears on line 2."),
                (6, "There is no school named 'Atlantis High'."),
                (8, "The email is missing."),
            ]
            for problem in expectedProblems {
                let row = Self.problemRow(problem.line, in: report)
                #expect(row?.contains(problem.text) == true, "line \(problem.line): \(row ?? "no row")")
            }
            // The invited and already-member tables name their lines.
            #expect(report.text.contains("Mei New"))
            #expect(report.text.contains("Omar New, Jr."))
            let existing = try #require(report.text.range(of: #"id="existing""#).map { String(report.text[$0.upperBound...]) })
            #expect(existing.contains("educator@riverbend.example"))
            #expect(existing.contains(">7<"))

            // The good rows are invited with their roles and school, and join only by accepting.
            #expect(try app.isMember("mei.new@riverbend.example") == false)
            let riverbend = try app.organization("riverbend").id
            let pending = try app.store.invitations.pending(in: riverbend, at: Date())
            let mei = try #require(pending.first { $0.email.rawValue == "mei.new@riverbend.example" }?.invitation)
            #expect(mei.roles == [.educator])
            #expect(mei.displayName == "Mei New")
            let elementary = try app.store.organizations.fetchSchool(named: "Riverbend Elementary", in: riverbend)
            #expect(mei.schoolID == elementary?.id)
            let omar = try #require(pending.first { $0.email.rawValue == "omar.new@riverbend.example" }?.invitation)
            #expect(omar.roles == [.coach, .assessor])
            #expect(omar.schoolID != nil, "school names match without regard to case")
            let link = try app.link(in: try #require(try app.mails(to: "omar.new@riverbend.example").first), to: "/invitations/accept?token=")
            for rejected in ["wizard@riverbend.example", "atlantis@riverbend.example"] {
                #expect(try app.isMember(rejected) == false, "\(rejected)")
            }
            #expect(try app.member("educator@riverbend.example").person.displayName == "Jordan Ellis")
            let members = try admin.get("/admin/members").text
            #expect(members.contains("omar.new@riverbend.example"))
            #expect(try #require(try admin.get("/admin/members").tableRow(containing: "omar.new@riverbend.example")).contains("Invited"))

            // Accepting makes the membership the row asked for.
            #expect(try app.client().submit(link, [("display_name", "Omar New"), ("password", "a-long-good-passphrase"),
                                                   ("password_confirmation", "a-long-good-passphrase")]).status == 303)
            #expect(try app.member("omar.new@riverbend.example").roles == [.coach, .assessor])

            // Importing the same file again invites nobody twice.
            let again = try Self.upload(Array(Self.roster.utf8), as: admin)
            #expect(again.text.contains("0 people invited"))
            #expect(again.text.contains("3 already members or invited"))
            #expect(try app.mails(to: "mei.new@riverbend.example").count == 1)
        }
    }

    /// A file that cannot be read as a roster at all.
    struct UnreadableFile: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let bytes: [UInt8]
        let message: String
    }

    @Test(arguments: [
        UnreadableFile(testDescription: "empty file", bytes: [], message: "Choose a CSV file to import."),
        UnreadableFile(testDescription: "a PNG image", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xD8, 0x00],
                       message: "The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."),
        UnreadableFile(testDescription: "text without the columns", bytes: Array("first,last\nAda,Quill\n".utf8),
                       message: "The header row needs the columns email, name."),
        UnreadableFile(testDescription: "an unclosed quote", bytes: Array("email,name\n\"ada@riverbend.example,Ada\n".utf8),
                       message: "The file is not valid CSV (check for an unclosed quote)."),
    ])
    func aFileThatIsNotARosterIsRefused(_ c: UnreadableFile) throws {
        try TestApp.with { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let before = try app.store.members.members(of: app.organization("riverbend").id).count
            let response = try Self.upload(c.bytes, filename: "upload.bin", contentType: "application/octet-stream", as: admin)
            #expect(response.status == 422)
            #expect(response.fieldError("roster") == c.message)
            #expect(try app.store.members.members(of: app.organization("riverbend").id).count == before)
        }
    }
}
