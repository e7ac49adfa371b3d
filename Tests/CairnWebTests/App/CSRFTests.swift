@testable import CairnWeb
import Foundation
import Testing

/// Every state-changing request must carry the page's CSRF token; without it nothing changes.
@Suite struct CSRFTests {
    @Test(arguments: [nil, "forged-token-forged-token-forged-token-0123"])
    func signInWithoutTheRightTokenIsRefused(token: String?) throws {
        try TestApp.with { app in
            let browser = app.client()
            _ = try browser.get("/signin")  // the visitor has a CSRF cookie, but does not send it back
            var form = [("email", "admin@riverbend.example"), ("password", TestApp.password)]
            if let token { form.append(("_csrf", token)) }
            let response = try browser.post("/signin", form: form)
            #expect(response.status == 403)
            #expect(response.text.contains("This form has expired"))
            #expect(response.setCookie("cairn_session") == nil)
            #expect(try browser.get("/dashboard").status == 303)
        }
    }

    @Test(arguments: ["planted-by-a-sibling-subdomain-0123456789abcdef", "planted.signature", ""])
    func aPlantedVisitorCookieIsReplacedAndCannotPostAForm(_ planted: String) throws {
        try TestApp.with { app in
            let victim = app.client()
            victim.cookies["cairn_csrf"] = planted
            let page = try victim.get("/signin")
            let issued = try #require(page.setCookie("cairn_csrf"), "the server issues its own token")
            #expect(!issued.hasPrefix("cairn_csrf=\(planted);"))
            #expect(page.csrfToken != planted)
            // The attacker who planted the cookie posts the value they know: refused.
            let forged = app.client()
            forged.cookies["cairn_csrf"] = planted
            let response = try forged.post("/signin", form: [("email", "admin@riverbend.example"),
                                                             ("password", TestApp.password), ("_csrf", planted)])
            #expect(response.status == 403)
            #expect(forged.cookies["cairn_session"] == nil)
        }
    }

    @Test func aVisitorGetsATokenOnlyFromAPageWithAForm() throws {
        try TestApp.with { app in
            let browser = app.client()
            let catalog = try browser.get("/o/riverbend/catalog")
            #expect(catalog.status == 200)
            #expect(catalog.setCookie("cairn_csrf") == nil, "the catalog has no form to protect")
            #expect(catalog.csrfToken == nil)
            let signIn = try browser.get("/signin")
            let token = try #require(signIn.csrfToken)
            #expect(signIn.setCookie("cairn_csrf")?.hasPrefix("cairn_csrf=\(token);") == true, "the form's token comes in its cookie")
        }
    }

    @Test func aServerIssuedVisitorTokenIsKeptAcrossPages() throws {
        try TestApp.with { app in
            let browser = app.client()
            let first = try #require(try browser.get("/signin").csrfToken)
            let second = try browser.get("/password/forgot")
            #expect(second.csrfToken == first)
            #expect(second.setCookie("cairn_csrf") == nil, "a genuine cookie is not replaced")
        }
    }

    @Test func aVisitorTokenStopsWorkingOnceSignedIn() throws {
        try TestApp.with { app in
            let browser = app.client()
            let visitorToken = try #require(try browser.get("/signin").csrfToken)
            try browser.signIn("admin@riverbend.example", password: TestApp.password)
            let memberToken = try #require(try browser.get("/dashboard").csrfToken)
            #expect(memberToken != visitorToken, "a signed-in page carries the session's token")
            let response = try browser.post("/signout", form: [("_csrf", visitorToken)])
            #expect(response.status == 403)
            #expect(try browser.get("/dashboard").status == 200, "still signed in")
        }
    }

    @Test(arguments: [nil, "forged-token-forged-token-forged-token-0123"])
    func inviteWithoutTheRightTokenSavesNothing(token: String?) throws {
        try TestApp.with { app in
            let browser = try app.signedIn("admin@riverbend.example")
            var form = [("email", "csrf.victim@riverbend.example"), ("display_name", "Csrf Victim"), ("roles", "admin")]
            if let token { form.append(("_csrf", token)) }
            let response = try browser.post("/admin/members/invite", form: form)
            #expect(response.status == 403)
            #expect(try app.isMember("csrf.victim@riverbend.example") == false)
            #expect(try app.mails(to: "csrf.victim@riverbend.example").isEmpty)
        }
    }

    @Test func anotherSessionsTokenDoesNotDeactivateAMember() throws {
        try TestApp.with { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let educator = try app.member("educator@riverbend.example")
            // A token that is valid, but for someone else's session (what an attacker could have).
            let attackerToken = try #require(try app.signedIn("designer@riverbend.example").get("/dashboard").csrfToken)
            let response = try admin.post("/admin/members/\(educator.id.rawValue)/deactivate", form: [("_csrf", attackerToken)])
            #expect(response.status == 403)
            #expect(try app.member("educator@riverbend.example").isActive)
            let noToken = try admin.post("/admin/members/\(educator.id.rawValue)/deactivate", form: [])
            #expect(noToken.status == 403)
            #expect(try app.member("educator@riverbend.example").isActive)
        }
    }

    @Test func theTokenMayComeInTheHeaderInstead() throws {
        try TestApp.with { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let token = try #require(try admin.get("/dashboard").csrfToken)
            let response = try admin.post("/signout", form: [], headers: [("X-CSRF-Token", token)])
            #expect(response.status == 303)
            #expect(response.location == "/signin")
        }
    }
}
