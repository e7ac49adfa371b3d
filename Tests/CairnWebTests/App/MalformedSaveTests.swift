import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// A save whose body is not the form the workspace sends is refused and changes nothing.
@Suite struct MalformedSaveTests {
    struct Body: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let contentType: String?
        /// The body, with `CSRF` standing for the session's token.
        let body: String
        let status: Int
    }

    static let bodies: [Body] = [
        Body(testDescription: "form without the text field", contentType: "application/x-www-form-urlencoded",
             body: "_csrf=CSRF&links-r1=", status: 400),
        Body(testDescription: "form without the links field", contentType: "application/x-www-form-urlencoded",
             body: "_csrf=CSRF&text-r1=New+words", status: 400),
        Body(testDescription: "multipart with another boundary", contentType: "multipart/form-data; boundary=expected",
             body: "--other\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nCSRF\r\n--other--\r\n", status: 400),
        Body(testDescription: "JSON", contentType: "application/json", body: #"{"text-r1": ""}"#, status: 415),
        Body(testDescription: "plain text", contentType: "text/plain", body: "text-r1=", status: 415),
        Body(testDescription: "no content type", contentType: nil, body: "text-r1=&links-r1=", status: 415),
    ]

    @Test(arguments: bodies) func malformedSaveIsRefusedAndKeepsTheEvidence(_ c: Body) throws {
        try TestApp.with { app in
            try app.publishTextOnly("text-only", title: "Text only")
            let educator = try app.signedIn(WorkspaceTests.educator)
            let path = try app.enroll(educator, in: "text-only")
            let csrf = try educator.csrfToken()
            let kept = String(repeating: "Evidence worth keeping. ", count: 30)
            let saved = try educator.post(path + "/evidence/r1", form: [("_csrf", csrf), ("text-r1", kept), ("links-r1", "https://example.org/plan")])
            #expect(saved.status == 303)

            var headers = [("X-CSRF-Token", csrf), ("Accept", "application/json")]
            if let type = c.contentType { headers.append(("Content-Type", type)) }
            let refused = try educator.send(method: "POST", target: path + "/evidence/r1", headers: headers, body: Array(c.body.replacingOccurrences(of: "CSRF", with: csrf).utf8))

            #expect(refused.status == c.status)
            #expect(refused.header("Content-Type")?.hasPrefix("application/json") == true, "an autosave client gets JSON")
            #expect(!refused.text.contains("saved"))
            let entry = try app.store.enrollments.workspace(of: app.enrollment(at: path).id, in: app.organization("riverbend").id).entry(for: "r1")
            #expect(entry?.text == kept)
            #expect(entry?.links.count == 1)
        }
    }

    @Test func anExplicitEmptyTextClearsIt() throws {
        try TestApp.with { app in
            try app.publishTextOnly("text-only", title: "Text only")
            let educator = try app.signedIn(WorkspaceTests.educator)
            let path = try app.enroll(educator, in: "text-only")
            let csrf = try educator.csrfToken()
            #expect(try educator.post(path + "/evidence/r1", form: [("_csrf", csrf), ("text-r1", "Draft"), ("links-r1", "")]).status == 303)
            #expect(try educator.post(path + "/evidence/r1", form: [("_csrf", csrf), ("text-r1", ""), ("links-r1", "")]).status == 303)
            let entry = try app.store.enrollments.workspace(of: app.enrollment(at: path).id, in: app.organization("riverbend").id).entry(for: "r1")
            #expect(entry?.text ?? "" == "")
        }
    }

    @Test func aFormRouteRefusesJSONWithA415Page() throws {
        try TestApp.with { app in
            let educator = try app.signedIn(WorkspaceTests.educator)
            let refused = try educator.send(method: "POST", target: "/o/riverbend/microcredentials/formative-assessment/enroll",
                                            headers: [("X-CSRF-Token", try educator.csrfToken()), ("Content-Type", "application/json")],
                                            body: Array("{}".utf8))
            #expect(refused.status == 415)
            #expect(try app.store.enrollments.enrollments(of: app.member(WorkspaceTests.educator).person.id,
                                                          in: app.organization("riverbend").id).isEmpty)
        }
    }
}
