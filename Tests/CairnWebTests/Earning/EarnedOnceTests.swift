import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Starting a microcredential one already holds is refused with a sentence that leads to the credential, and
/// its page offers each educator the step that fits: start it, continue it, or see the credential.
@Suite struct EarnedOnceTests {
    static let educator = "educator@riverbend.example"

    @Test func startingAMicrocredentialOneHoldsLeadsToTheCredentialWithWhy() throws {
        try TestApp.with { app in
            try app.publishTextOnly("questioning", title: "Questioning")
            try app.assign("assessor@riverbend.example", toAssess: "questioning")
            let educator = try app.signedIn(Self.educator)
            let workspace = try app.enroll(educator, in: "questioning")
            try app.submit(educator, workspace: workspace)
            try app.decideLatest(of: try app.enrollment(at: workspace), by: "assessor@riverbend.example", level: "demonstrated")
            let credential = try #require(try app.store.credentials.credentials(of: try app.member(Self.educator).person.id,
                                                                                 in: try app.organization("riverbend").id)
                .first { $0.name == "Questioning" })

            let again = try educator.post("/o/riverbend/microcredentials/questioning/enroll", form: [("_csrf", try educator.csrfToken())])
            #expect(again.status == 303)
            #expect(again.location == "/credentials/" + credential.id.rawValue)
            let page = try educator.get(try #require(again.location))
            #expect(page.status == 200)
            #expect(page.text.contains("You already hold this microcredential, so you cannot start it again."))
            #expect(page.text.contains("Here is your credential."))
            #expect(try app.store.enrollments.enrollments(of: try app.member(Self.educator).person.id, in: try app.organization("riverbend").id)
                .filter { $0.0.microcredentialID == credential.microcredentialID }.count == 1)
        }
    }

    @Test func theMicrocredentialPageOffersStartThenContinueThenTheCredentialHeld() throws {
        try TestApp.with { app in
            try app.publishTextOnly("questioning", title: "Questioning")
            try app.assign("assessor@riverbend.example", toAssess: "questioning")
            let educator = try app.signedIn(Self.educator)
            let page = "/o/riverbend/microcredentials/questioning"

            let before = try educator.get(page).text
            #expect(before.contains("Start this microcredential"))
            #expect(before.contains("action=\"/o/riverbend/microcredentials/questioning/enroll\""))

            let workspace = try app.enroll(educator, in: "questioning")
            let working = try educator.get(page).text
            #expect(!working.contains("Start this microcredential"))
            #expect(working.contains("You have started this microcredential."))
            #expect(working.contains("href=\"\(workspace)\""))

            try app.submit(educator, workspace: workspace)
            try app.decideLatest(of: try app.enrollment(at: workspace), by: "assessor@riverbend.example", level: "demonstrated")
            let credential = try #require(try app.store.credentials.credentials(of: try app.member(Self.educator).person.id,
                                                                                 in: try app.organization("riverbend").id).first)
            let held = try educator.get(page).text
            #expect(!held.contains("Start this microcredential"))
            #expect(!held.contains("You have started this microcredential."))
            #expect(held.contains("You hold this microcredential."))
            #expect(held.contains("href=\"/credentials/\(credential.id.rawValue)\""))

            let visitor = try app.client().get(page).text
            #expect(!visitor.contains("Start this microcredential"))
            #expect(!visitor.contains("You hold this microcredential."))
        }
    }

    /// The card of the catalog that shows this title (its `<article>`), or an empty string.
    static func card(titled title: String, in page: String) -> String {
        page.components(separatedBy: "<article class=\"card\">").first { $0.contains(">\(title)</a></h3>") } ?? ""
    }

    @Test func theCatalogMarksWhatTheEducatorHasStartedAndWhatTheyHold() throws {
        try TestApp.with { app in
            try app.publishTextOnly("questioning", title: "Questioning")
            try app.publishTextOnly("discourse", title: "Discourse")
            try app.assign("assessor@riverbend.example", toAssess: "questioning")
            let educator = try app.signedIn(Self.educator)
            let catalog = "/o/riverbend/catalog"
            #expect(!Self.card(titled: "Questioning", in: try educator.get(catalog).text).isEmpty)
            #expect(!(try educator.get(catalog).text.contains("card__standing")), "nothing started, nothing held")

            let workspace = try app.enroll(educator, in: "questioning")
            let working = try educator.get(catalog).text
            #expect(Self.card(titled: "Questioning", in: working).contains("Started"))
            #expect(Self.card(titled: "Questioning", in: working).contains("href=\"\(workspace)\""))
            #expect(!Self.card(titled: "Discourse", in: working).isEmpty)
            #expect(!Self.card(titled: "Discourse", in: working).contains("card__standing"))

            try app.submit(educator, workspace: workspace)
            try app.decideLatest(of: try app.enrollment(at: workspace), by: "assessor@riverbend.example", level: "demonstrated")
            let held = try educator.get(catalog).text
            #expect(Self.card(titled: "Questioning", in: held).contains("You hold this"))
            #expect(!Self.card(titled: "Questioning", in: held).contains("Started"))
            #expect(!Self.card(titled: "Discourse", in: held).contains("card__standing"))

            let visitor = try app.client().get(catalog).text
            #expect(!Self.card(titled: "Questioning", in: visitor).isEmpty)
            #expect(!visitor.contains("card__standing"), "a visitor's catalog is everyone's")
        }
    }
}
