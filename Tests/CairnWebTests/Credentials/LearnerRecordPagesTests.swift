import CairnApp
import CairnCore
import CairnCredentials
@testable import CairnWeb
import Foundation
import Testing

/// The learner record through the web: the signed CLR download and the printable transcript, linked
/// from "My credentials", each route checked for every role; another organization's people never see one.
@Suite struct LearnerRecordPagesTests {
    static let mei = "mei.chen@riverbend.example"

    @Test(arguments: TestEngine.available)
    func meiDownloadsHerSignedRecordAndItVerifies(engine: TestEngine) throws {
        try TestApp.with(engine, demoEarning: true) { app in
            let mei = try app.signedIn(Self.mei)
            let mine = try mei.get(CredentialEndpoints.mine.path())
            #expect(mine.text.contains("href=\"/earn/credentials/record.json\"") && mine.text.contains("href=\"/earn/credentials/transcript\""))

            let download = try mei.get(CredentialEndpoints.learnerRecord.path())
            #expect(download.status == 200)
            #expect(download.header("Content-Type") == "application/vc+ld+json")
            #expect(download.header("Content-Disposition") == "attachment; filename=\"learner-record-riverbend.json\"")
            #expect(download.header("Cache-Control") == "private, no-store")
            let clr = try JSON(parsing: download.text)
            #expect(clr["type"] == ["VerifiableCredential", "ClrCredential"])
            #expect((clr["credentialSubject"]?["association"]?.asList.count ?? 0) == 2, "the pathway's two microcredentials")
            let verification = app.app.credentials.verify(Array(download.body))
            #expect(verification.verdict == .valid, "\(verification.json)")
        }
    }

    @Test func theTranscriptShowsEachCredentialThePathwayAndTheTotalOfCreditHours() throws {
        try TestApp.with(demoEarning: true) { app in
            let member = try app.member(Self.mei)
            let record = try app.app.credentials.learnerRecord(viewer: member)
            let page = try app.signedIn(Self.mei).get(CredentialEndpoints.transcript.path())
            #expect(page.status == 200)
            #expect(page.text.contains("Mei Chen") && page.text.contains("Riverbend Unified School District"))
            #expect(page.text.contains("<dd id=\"total-credit-hours\">\(LearnerRecord.hours(record.totalCreditHours))</dd>"))
            #expect(page.text.contains("Pathways completed") && page.text.contains("Responsive small-group teaching"))
            for entry in record.inForce {
                #expect(page.text.contains(entry.credential.name.replacingOccurrences(of: "'", with: "&#39;")) && page.text.contains(entry.url))
            }
            #expect(page.text.contains("Verify at") && page.text.contains(record.baseURL + "/verify"))
            #expect(page.text.contains("transcript__table"), "the tables the print style keeps whole")
            #expect(page.text.components(separatedBy: "aria-current=\"page\"").count == 2, "one current item in the navigation")
            #expect(page.text.contains("<a href=\"/earn/credentials\" aria-current=\"page\">My credentials</a>"))
        }
    }

    @Test func everyRoleMeetsTheRecordsRoutesAsItShould() throws {
        try TestApp.with { app in
            let routes = app.app.routes().entries.filter { $0.pattern.hasPrefix("/earn/credentials/") }
            #expect(Set(routes.map(\.pattern)) == ["/earn/credentials/record.json", "/earn/credentials/transcript"])
            for route in routes {
                #expect(route.method == .get)
                let anonymous = try app.client().get(route.pattern)
                #expect(anonymous.status == 303 && anonymous.location?.hasPrefix("/signin") == true, "\(route.pattern)")
                for email in ["admin@riverbend.example", "designer@riverbend.example", "assessor@riverbend.example",
                              "coach@riverbend.example", "admin@lakeside.example"] {
                    #expect(try app.signedIn(email).get(route.pattern).status == 403, "\(route.pattern) as \(email)")
                }
            }
            // An educator with nothing in force: the transcript says so, the download is refused with the reason.
            let educator = try app.signedIn("educator@riverbend.example")
            let transcript = try educator.get(CredentialEndpoints.transcript.path())
            #expect(transcript.status == 200 && transcript.text.contains("No credential in force yet"))
            let refused = try educator.get(CredentialEndpoints.learnerRecord.path())
            #expect(refused.status == 409 && refused.text.contains("no credential in force"))
            #expect(!(try educator.get(CredentialEndpoints.mine.path()).text.contains("record.json")))
        }
    }

    @Test func anotherOrganizationsEducatorSeesOnlyTheirOwnEmptyRecord() throws {
        try TestApp.with(demoEarning: true) { app in
            let teacher = try app.signedIn("teacher@lakeside.example")
            let transcript = try teacher.get(CredentialEndpoints.transcript.path())
            #expect(transcript.status == 200 && !transcript.text.contains("Mei Chen") && transcript.text.contains("Noah Park") && transcript.text.contains("Lakeside Academy"))
            #expect(try teacher.get(CredentialEndpoints.learnerRecord.path()).status == 409)
            // Mei's credential pages are not reached through the record's routes by anyone else: there is no id to give.
            let meiRecord = try app.app.credentials.learnerRecord(viewer: try app.member(Self.mei))
            #expect(throws: CredentialError.notFound) {
                try app.app.credentials.learnerRecord(of: meiRecord.educator.id, viewer: try app.member("admin@lakeside.example", in: "lakeside"))
            }
        }
    }
}
