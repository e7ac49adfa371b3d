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
}
