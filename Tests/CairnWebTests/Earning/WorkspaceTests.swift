import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The educator's first pages: enrolling from the catalog, the workspace, submitting.
@Suite struct WorkspaceTests {
    static let educator = "educator@riverbend.example"

    @Test func enrollRouteNeedsTheEducatorRoleOfTheOrganization() throws {
        try TestApp.with { app in
            let designer = try app.signedIn("designer@riverbend.example")
            let refused = try designer.post("/o/riverbend/microcredentials/formative-assessment/enroll",
                                            form: [("_csrf", try designer.csrfToken())])
            #expect(refused.status == 403)
            let other = try app.signedIn("teacher@lakeside.example")
            let missing = try other.post("/o/riverbend/microcredentials/formative-assessment/enroll",
                                         form: [("_csrf", try other.csrfToken())])
            #expect(missing.status == 404)
        }
    }

    @Test func anotherEducatorGets404OnTheWorkspace() throws {
        try TestApp.with { app in
            let educator = try app.signedIn(Self.educator)
            let enrolled = try educator.post("/o/riverbend/microcredentials/formative-assessment/enroll",
                                             form: [("_csrf", try educator.csrfToken())])
            #expect(enrolled.status == 303)
            let path = try #require(enrolled.location).split(separator: "#")[0]
            #expect(path.hasPrefix("/earn/"))
            #expect(try educator.get(String(path)).status == 200)
            let again = try educator.post("/o/riverbend/microcredentials/formative-assessment/enroll",
                                          form: [("_csrf", try educator.csrfToken())])
            #expect(again.location == String(path))
            let other = try app.signedIn("mei.chen@riverbend.example")
            #expect(try other.get(String(path)).status == 404)
            #expect(try other.post(String(path) + "/submit", form: [("_csrf", try other.csrfToken())]).status == 404)
            #expect(try educator.post(String(path) + "/submit", form: []).status == 403)
        }
    }

    @Test func savesRoundTripABadLinkIsRefusedAndIncompleteSubmitIs422() throws {
        try TestApp.with { app in
            let educator = try app.signedIn(Self.educator)
            let enrolled = try educator.post("/o/riverbend/microcredentials/formative-assessment/enroll",
                                             form: [("_csrf", try educator.csrfToken())])
            let path = String(try #require(enrolled.location).split(separator: "#")[0])
            let version = try #require(try app.store.microcredentials.latestPublished(
                of: try app.microcredential("formative-assessment").id, in: try app.organization("riverbend").id))
            let requirement = try #require(version.design.requirements.first).id
            let saved = try educator.post(path + "/evidence/" + requirement,
                                          form: [("_csrf", try educator.csrfToken()), ("text-" + requirement, "My reflection on exit tickets"),
                                                 ("links-" + requirement, "https://example.org/plan")])
            #expect(saved.status == 303)
            let page = try educator.get(path)
            #expect(page.text.contains("My reflection on exit tickets"))
            #expect(page.text.contains("https://example.org/plan"))
            let refused = try educator.post(path + "/evidence/" + requirement,
                                            form: [("_csrf", try educator.csrfToken()), ("text-" + requirement, "Changed"),
                                                   ("links-" + requirement, "javascript:alert(1)")])
            #expect(refused.status == 422)
            #expect(refused.text.contains("is not a web address"))
            #expect(try educator.get(path).text.contains("My reflection on exit tickets"))
            let submit = try educator.post(path + "/submit", form: [("_csrf", try educator.csrfToken())])
            #expect(submit.status == 422)
            #expect(submit.text.contains("Before you can submit"))
        }
    }

    @Test func aCompleteSubmissionIsFrozen() throws {
        try TestApp.with { app in
            let organization = try app.organization("riverbend")
            try app.publishTextOnly("text-only", title: "Text only")
            let educator = try app.signedIn(Self.educator)
            let enrolled = try educator.post("/o/riverbend/microcredentials/text-only/enroll", form: [("_csrf", try educator.csrfToken())])
            let path = String(try #require(enrolled.location).split(separator: "#")[0])
            _ = try educator.post(path + "/evidence/r1", form: [("_csrf", try educator.csrfToken()), ("text-r1", "First words"), ("links-r1", "")])
            let submitted = try educator.post(path + "/submit", form: [("_csrf", try educator.csrfToken())])
            #expect(submitted.status == 303)
            #expect(try educator.get(path).text.contains("Submitted"))
            _ = try educator.post(path + "/evidence/r1", form: [("_csrf", try educator.csrfToken()), ("text-r1", "Later words"), ("links-r1", "")])
            let enrollmentID = Enrollment.ID(rawValue: String(path.dropFirst("/earn/".count)))
            let submissions = try app.store.submissions.submissions(of: enrollmentID, in: organization.id)
            #expect(submissions.count == 1)
            #expect(submissions.first?.snapshot.item(for: "r1")?.text == "First words", "the submission keeps what was submitted")
            #expect(try app.store.enrollments.workspace(of: enrollmentID, in: organization.id).entry(for: "r1")?.text == "Later words")
        }
    }
}
