import CairnApp
import CairnCore
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// The admin's bulk award over HTTP: pasted addresses or a CSV, the per-row report, and who may use it.
@Suite struct BulkAwardTests {
    static let path = "/admin/credentials/award"

    /// One of Riverbend's published microcredentials, as the form's choice.
    static func published(in app: TestApp, _ slug: String = "riverbend") throws -> CatalogEntry {
        try #require(try app.store.microcredentials.catalog(organization: app.organization(slug).id).first)
    }

    @Test(arguments: TestEngine.available)
    func pastedAddressesAreAwardedAndTheReportGivesEachRowItsCredentialOrItsReason(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let issued = try admin.get("/admin/credentials")
            #expect(issued.text.contains("href=\"\(Self.path)\""), "the issued credentials page links to the form")
            let form = try admin.get(Self.path)
            #expect(form.status == 200)
            let entry = try Self.published(in: app)
            #expect(form.text.contains(entry.design.title))
            let token = try #require(form.csrfToken)
            let report = try admin.post(Self.path, form: [
                ("_csrf", token), ("microcredential", entry.microcredential.id.rawValue),
                ("emails", "mei.chen@riverbend.example, Led the *summer* institute. <script>alert(1)</script>\nnobody@riverbend.example\nmei.chen@riverbend.example"),
                ("narrative", ""),
            ])
            #expect(report.status == 200)
            #expect(report.text.contains("Award report</h1>"))
            #expect(report.text.contains("1 educator awarded") && report.text.contains("2 rows not awarded"))
            #expect(report.text.contains("Nobody with this email is an active member of your organization."))
            #expect(report.text.contains("This email already appears on line 1; it is awarded once."))
            let mei = try app.member("mei.chen@riverbend.example")
            let credential = try #require(try app.store.credentials.credentials(of: mei.person.id, in: app.organization("riverbend").id).first)
            #expect(report.text.contains("href=\"/credentials/\(credential.id.rawValue)\""), "each awarded row links to its credential")
            #expect(credential.document.contains("\"narrative\":\"Led the *summer* institute. <script>alert(1)</script>\""))
            // Its page says why it was awarded, the narrative's Markdown rendered safely.
            let page = try admin.get("/credentials/\(credential.id.rawValue)")
            #expect(page.status == 200)
            #expect(page.text.contains("Why it was awarded") && page.text.contains("<em>summer</em>"))
            #expect(!page.text.contains("<script>alert(1)"))
            #expect(page.text.contains("was awarded \(credential.name) by"), "the link preview does not speak of a rubric")
        }
    }

    @Test func aCSVIsAwardedAndAFormWithoutAListOrAMicrocredentialComesBackWithTheMessagesBesideTheFields() throws {
        try TestApp.with { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let entry = try Self.published(in: app)
            let token = try #require(try admin.get(Self.path).csrfToken)
            let csv = "email,narrative\nmei.chen@riverbend.example,\"Led it, twice.\"\nluis.ortega@riverbend.example,\n"
            let report = try admin.postMultipart(Self.path, fields: [("_csrf", token), ("microcredential", entry.microcredential.id.rawValue),
                                                                    ("emails", ""), ("narrative", "For the pilot year.")],
                                                 file: (field: "list", filename: "award.csv", contentType: "text/csv", bytes: Array(csv.utf8)))
            #expect(report.status == 200)
            #expect(report.text.contains("2 educators awarded") && report.text.contains("0 rows not awarded"))

            let refused = try admin.post(Self.path, form: [("_csrf", token), ("microcredential", ""), ("emails", " \n")])
            #expect(refused.status == 422)
            #expect(refused.text.contains("Choose the microcredential to award."))
            #expect(refused.text.contains("Paste at least one email address, or choose a CSV file."))
            let noEmailColumn = try admin.postMultipart(Self.path, fields: [("_csrf", token), ("microcredential", entry.microcredential.id.rawValue)],
                                                        file: (field: "list", filename: "a.csv", contentType: "text/csv", bytes: Array("name\nMei\n".utf8)))
            #expect(noEmailColumn.status == 422)
            #expect(noEmailColumn.text.contains("The header row needs an email column"))
        }
    }

    @Test func aNonAdminOrAPostWithoutTheTokenIsRefusedAndAnotherOrganizationsMicrocredentialIsNotFound() throws {
        try TestApp.with { app in
            let entry = try Self.published(in: app)
            let designer = try app.signedIn("designer@riverbend.example")
            #expect(try designer.get(Self.path).status == 403)
            let designerToken = try #require(try designer.get("/dashboard").csrfToken)
            #expect(try designer.post(Self.path, form: [("_csrf", designerToken), ("microcredential", entry.microcredential.id.rawValue),
                                                         ("emails", "mei.chen@riverbend.example")]).status == 403)

            // An admin's browser tricked into posting without the form's token awards nothing.
            let admin = try app.signedIn("admin@riverbend.example")
            #expect(try admin.post(Self.path, form: [("microcredential", entry.microcredential.id.rawValue),
                                                     ("emails", "mei.chen@riverbend.example")]).status == 403)

            let lakeside = try app.signedIn("admin@lakeside.example")
            let token = try #require(try lakeside.get(Self.path).csrfToken)
            let response = try lakeside.post(Self.path, form: [("_csrf", token), ("microcredential", entry.microcredential.id.rawValue),
                                                               ("emails", "teacher@lakeside.example")])
            #expect(response.status == 404)
            #expect(try app.store.database.read { try $0.query("SELECT id FROM awards") }.isEmpty)
        }
    }
}
