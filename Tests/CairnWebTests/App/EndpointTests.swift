import CairnApp
import CairnCore
import CairnHTTP
@testable import CairnWeb
import Testing

/// Endpoints: one declaration registers a route and builds its links, groups write a prefix once,
/// and path parameters are parsed into typed values before a handler runs.
@Suite struct EndpointTests {
    // MARK: Links

    @Test func linksPercentEncodeEachParameterAsOneSegment() {
        #expect(AdminEndpoints.editMember.path(Membership.ID(rawValue: "a/b?c")) == "/admin/members/a%2Fb%3Fc")
        #expect(StudioEndpoints.disagreement.path(Microcredential.ID(rawValue: "mc 1"), Submission.ID(rawValue: "s#1"),
                                                  Person.ID(rawValue: "p%1"))
                == "/studio/mc%201/disagreements/s%231/p%251")
        #expect(CatalogEndpoints.attachment.path("river bend", "é", 3, "ab/cd") == "/o/river%20bend/microcredentials/%C3%A9/versions/3/attachments/ab%2Fcd")
        #expect(CatalogEndpoints.home.path() == "/")
    }

    @Test func queryItemsAreTypedAndEncoded() {
        let id = Microcredential.ID(rawValue: "mc-1")
        #expect(StudioEndpoints.image.path(id, query: .version(3)) == "/studio/mc-1/image?version=3")
        #expect(ReviewEndpoints.calibration.path(id, query: .exemplar(Exemplar.ID(rawValue: "e&1")))
                == "/review/calibration/mc-1?exemplar=e%261")
        #expect(AccountEndpoints.signIn.path(query: .next("/admin/members?x=1")) == "/signin?next=%2Fadmin%2Fmembers%3Fx%3D1")
    }

    @Test(arguments: ["x&y=z", "Ab-_9~", "a+b/c"])
    func mailedLinksAgreeWithTheWebEndpoints(token: String) {
        #expect(AccountEndpoints.saveNewPassword.path(query: .token(token)) == Links.resetPassword(token: token))
        #expect(AccountEndpoints.joinByInvitation.path(query: .token(token)) == Links.acceptInvitation(token: token))
        #expect(AccountEndpoints.resetPassword.path(query: .token("x&y=z")) == "/password/reset?token=x%26y%3Dz")
    }

    // MARK: Groups

    @Test func aGroupWritesItsPrefixAndAccessOnceForEveryEndpointInIt() {
        #expect(StudioEndpoints.overview.pattern == "/studio/:id")
        #expect(StudioEndpoints.preview.pattern == "/studio/:id/preview")
        #expect(StudioEndpoints.saveSection(.objectives).pattern == "/studio/:id/edit/objectives")
        #expect(EarningEndpoints.removeFile.pattern == "/earn/:enrollment/evidence/:requirement/files/:blob/remove")
        #expect(EarningEndpoints.removeFile.parameterNames == ["enrollment", "requirement", "blob"])
        #expect(EarningEndpoints.removeFile.access.description == "educator")
        // An endpoint may ask for other access than its group's.
        #expect(PilotEndpoints.feedback.access.description == "signed-in member")
        #expect(PilotEndpoints.startEarning.access.description == "educator")
        #expect(CatalogEndpoints.enroll.pattern == "/o/:org/microcredentials/:slug/enroll")
        #expect(CatalogEndpoints.organization.path("riverbend") == "/o/riverbend")
    }

    @Test func everyRegisteredRouteIsDeclaredOnceWithItsParametersNamed() throws {
        try TestApp.with { app in
            let entries = app.app.routes().entries
            let keys = entries.map { "\($0.method.rawValue) \($0.pattern)" }
            #expect(Set(keys).count == keys.count, "no route registered twice")
            #expect(entries.count >= 100, "\(entries.count) routes")
        }
    }

    // MARK: Parameters

    @Test func pathParametersAreParsedIntoTheirTypes() throws {
        let parameters = Parameters(["org": "riverbend", "slug": "questioning", "number": "3"])
        let (organization, slug, number) = try CatalogEndpoints.versionPage.values(in: parameters)
        #expect(organization == "riverbend" && slug == "questioning" && number == 3)
        let submission = try ReviewEndpoints.show.values(in: Parameters(["submission": "s-1"]))
        #expect(submission == Submission.ID(rawValue: "s-1"))
    }

    @Test(arguments: [["number": "three"], ["number": ""], ["number": "1.5"], [:]])
    func aMalformedOrMissingParameterIsNotFound(_ number: [String: String]) {
        let parameters = Parameters(["org": "riverbend", "slug": "questioning"].merging(number) { $1 })
        #expect(throws: WebError.notFound) { try CatalogEndpoints.versionPage.values(in: parameters) }
    }

    @Test(arguments: ["", " ", "a b", "tab\there"])
    func anIdentifierWithSpaceOrNothingIsNotFound(_ text: String) {
        #expect(throws: WebError.notFound) { try ReviewEndpoints.show.values(in: Parameters(["submission": text])) }
    }

    // MARK: Over HTTP

    @Test(arguments: [
        (email: "assessor@riverbend.example", path: "/review/%20"),
        (email: "assessor@riverbend.example", path: "/review/second/a%09b"),
        (email: "designer@riverbend.example", path: "/studio/%20/preview"),
        (email: "designer@riverbend.example", path: "/studio/a%20b/edit"),
        (email: "educator@riverbend.example", path: "/earn/%20"),
        (email: "educator@riverbend.example", path: "/o/riverbend/microcredentials/academic-discourse/versions/three"),
        (email: "admin@riverbend.example", path: "/admin/members/%20"),
    ])
    func aMalformedIdInThePathIsTheSameNotFoundPageEverywhere(email: String, path: String) throws {
        try TestApp.with { app in
            let response = try app.signedIn(email).get(path)
            #expect(response.status == 404, "GET \(path)")
            #expect(response.text.contains("We can't find that page"), "GET \(path)")
        }
    }

    @Test func signInAndAccessAreCheckedBeforeTheIdIsParsed() throws {
        try TestApp.with { app in
            let anonymous = try app.client().get("/studio/%20/preview")
            #expect(anonymous.status == 303)
            #expect(anonymous.location?.hasPrefix("/signin?next=") == true)
            #expect(try app.signedIn("educator@riverbend.example").get("/studio/%20/preview").status == 403)
        }
    }

    @Test func aMalformedUploadIdIsAJSONNotFound() throws {
        try TestApp.with { app in
            let response = try app.signedIn("educator@riverbend.example").get("/uploads/%20")
            #expect(response.status == 404)
            #expect(response.header("Content-Type")?.hasPrefix("application/json") == true)
        }
    }
}
