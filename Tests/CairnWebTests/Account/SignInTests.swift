@testable import CairnWeb
import Foundation
import Testing

/// Signing in and out through the real server: forms, cookies, redirects, throttling.
@Suite struct SignInTests {
    static let admin = "admin@riverbend.example"

    @Test(arguments: TestEngine.available)
    func goodSignInRedirectsToTheDashboardWithAnHttpOnlyLaxSessionCookie(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let browser = app.client()
            let page = try browser.get("/signin")
            #expect(page.status == 200)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            let token = try #require(page.csrfToken)
            #expect(token.count >= 32)
            #expect(page.setCookie("cairn_csrf")?.contains("HttpOnly") == true)

            let response = try browser.post("/signin", form: [("email", Self.admin), ("password", TestApp.password),
                                                              ("next", ""), ("_csrf", token)])
            #expect(response.status == 303)
            #expect(response.location == "/dashboard")
            let cookie = try #require(response.setCookie("cairn_session"))
            #expect(cookie.contains("; HttpOnly"))
            #expect(cookie.contains("; SameSite=Lax"))
            #expect(cookie.contains("; Path=/"))
            #expect(!cookie.contains("Secure"), "plain http in tests: no Secure attribute")

            let dashboard = try browser.get("/dashboard")
            #expect(dashboard.status == 200)
            #expect(dashboard.text.contains("Welcome, Alicia Moreno"))
            #expect(dashboard.text.contains("What to do next in Riverbend Unified School District."))
            #expect(dashboard.text.contains(#"<h2 id="role-admin">Organization admin</h2>"#))
            #expect(dashboard.header("Cache-Control") == "no-store")
        }
    }

    @Test func theAccountPageShowsTheSchoolAndEveryRoleOfTheMember() throws {
        try TestApp.with { app in
            let browser = try app.signedIn("designer@riverbend.example")
            let dashboard = try browser.get("/dashboard")
            #expect(dashboard.text.contains("Welcome, Dana Whitfield"))
            #expect(dashboard.text.contains(#"<h2 id="role-designer">Designer</h2>"#) && dashboard.text.contains(#"<h2 id="role-coach">Coach</h2>"#))
            #expect(dashboard.text.contains(#"<a class="site-header__link site-header__person" href="/account">"#), "the name leads to the account page")
            let account = try browser.get("/account")
            #expect(account.text.contains("<dt>Designer</dt>") && account.text.contains("<dt>Coach</dt>"))
            #expect(account.text.contains("<div><dt>Email</dt><dd>designer@riverbend.example</dd></div>"))
            let educator = try app.signedIn("educator@riverbend.example")
            #expect(try educator.get("/account").text.contains("<div><dt>School</dt><dd>Riverbend Elementary</dd></div>"))
            #expect(!(try educator.get("/dashboard").text.contains("Invite a member")), "admin links only for admins")
        }
    }

    @Test(arguments: TestEngine.available)
    func wrongPasswordIsRefusedWith422AndNoSession(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let browser = app.client()
            let response = try browser.signIn(Self.admin, password: "not-the-password")
            #expect(response.status == 422)
            #expect(response.text.contains("That email and password don't match an account."))
            #expect(response.setCookie("cairn_session") == nil)
            #expect(browser.cookies["cairn_session"] == nil)
            #expect(response.inputValue("email") == Self.admin, "the typed email is kept")
            #expect(try browser.get("/dashboard").status == 303)
        }
    }

    @Test func unknownEmailGetsTheSameAnswerAsAWrongPassword() throws {
        try TestApp.with { app in
            let response = try app.client().signIn("nobody@riverbend.example", password: "whatever-it-is")
            #expect(response.status == 422)
            #expect(response.text.contains("That email and password don't match an account."))
        }
    }

    @Test func emptyFieldsAreNamedNextToTheirFields() throws {
        try TestApp.with { app in
            let response = try app.client().signIn("", password: "")
            #expect(response.status == 422)
            #expect(response.fieldError("email") == "Enter your email address.")
            #expect(response.fieldError("password") == "Enter your password.")
        }
    }

    @Test(arguments: [
        (next: "/admin/members?page=2", expected: "/admin/members?page=2"),
        (next: "//evil.example", expected: "/dashboard"),
        (next: "https://evil.example", expected: "/dashboard"),
        (next: "/\\evil.example", expected: "/dashboard"),
        // Browsers drop tabs and line breaks from URLs, so these would become //evil.example.
        (next: "/\t/evil.example", expected: "/dashboard"),
        (next: "/\r\n/evil.example", expected: "/dashboard"),
        (next: "", expected: "/dashboard"),
    ])
    func signInReturnsOnlyToLocalPaths(next: String, expected: String) throws {
        try TestApp.with { app in
            let response = try app.client().signIn(Self.admin, password: TestApp.password, next: next)
            #expect(response.status == 303)
            #expect(response.location == expected)
        }
    }

    @Test func signInPageDropsAForeignNextFromItsForm() throws {
        try TestApp.with { app in
            let browser = app.client()
            let local = try browser.get("/signin?next=%2Fadmin%2Fmembers")
            #expect(local.status == 200)
            #expect(try browser.get("/signin?next=%2Fadmin%2Fmembers").inputValue("next") == "/admin/members")
            #expect(try browser.get("/signin?next=%2F%2Fevil.example").inputValue("next") == "")
            #expect(try browser.get("/signin?next=https%3A%2F%2Fevil.example").inputValue("next") == "")
        }
    }

    @Test func signedInVisitorOfTheSignInPageGoesToTheDashboard() throws {
        try TestApp.with { app in
            let browser = try app.signedIn(Self.admin)
            let response = try browser.get("/signin")
            #expect(response.status == 303)
            #expect(response.location == "/dashboard")
            #expect(try browser.get("/").location == "/dashboard")
        }
    }

    @Test func aVisitorsHomePageListsEveryOrganizationsCatalog() throws {
        try TestApp.with { app in
            let home = try app.client().get("/")
            #expect(home.status == 200)
            #expect(home.text.contains(#"<a href="/o/lakeside/catalog">Lakeside Academy</a>"#))
            #expect(home.text.contains(#"<a href="/o/riverbend/catalog">Riverbend Unified School District</a>"#))
            #expect(home.text.contains(#"href="/signin""#))
        }
    }

    @Test func withOneOrganizationTheHomePageIsItsCatalog() throws {
        try TestApp.with { app in
            try app.store.database.write { _ = try $0.execute("DELETE FROM organizations WHERE slug = 'lakeside'") }
            let home = try app.client().get("/")
            #expect(home.status == 303)
            #expect(home.location == "/o/riverbend/catalog")
            #expect(try app.client().get("/o/riverbend/catalog").status == 200)
        }
    }

    @Test(arguments: TestEngine.available)
    func signOutDeletesTheSessionSoTheOldCookieNoLongerWorks(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let browser = try app.signedIn(Self.admin)
            let oldCookie = try #require(browser.cookies["cairn_session"])
            let response = try browser.submit("/dashboard", to: "/signout", [])
            #expect(response.status == 303)
            #expect(response.location == "/signin")
            #expect(response.setCookie("cairn_session")?.contains("Max-Age=0") == true)
            #expect(browser.cookies["cairn_session"] == nil)
            #expect(try browser.get("/signin").text.contains("You are signed out."))

            // A copy of the cookie kept elsewhere is now worthless, and is cleared.
            let replay = app.client()
            replay.cookies["cairn_session"] = oldCookie
            let dashboard = try replay.get("/dashboard")
            #expect(dashboard.status == 303)
            #expect(dashboard.location == "/signin")
            #expect(replay.cookies["cairn_session"] == nil, "the dead cookie is cleared")
        }
    }

    /// A browser at `address` (the app trusts its proxy's `X-Forwarded-For`).
    static func browser(_ app: TestApp, at address: String) -> HTTPTestClient {
        let browser = app.client()
        browser.standingHeaders = [("X-Forwarded-For", address)]
        return browser
    }

    @Test(arguments: TestEngine.available)
    func wrongPasswordsSlowTheirOwnAddressWithGrowingWaitsNeverTheOwnerElsewhere(_ engine: TestEngine) throws {
        try TestApp.with(engine, configure: { $0.trustProxy = true }) { app in
            // The owner signs in from school once: that address is theirs.
            #expect(try Self.browser(app, at: "198.51.100.7").signIn(Self.admin, password: TestApp.password).status == 303)

            // An attacker elsewhere: three free failures, then a wait that doubles with every failure.
            let attacker = Self.browser(app, at: "203.0.113.9")
            for attempt in 1...3 {
                #expect(try attacker.signIn(Self.admin, password: "wrong-password-\(attempt)").status == 422, "attempt \(attempt)")
            }
            let slowed = try attacker.signIn(Self.admin, password: TestApp.password)
            #expect(slowed.status == 429, "even the right password waits its turn from the attacker's address")
            #expect(slowed.text.contains("Too many attempts"))
            #expect(slowed.setCookie("cairn_session") == nil)
            var waits: [Int] = []
            for failures in 4...9 {
                try app.store.signInAttempts.recordFailure(email: Self.admin, address: "203.0.113.9", at: Date())
                let response = try attacker.signIn(Self.admin, password: "guess")
                #expect(response.status == 429)
                waits.append(try #require(response.header("Retry-After").flatMap(Int.init), "\(failures) failures"))
            }
            #expect(waits == [2, 4, 8, 16, 32, 64], "the wait doubles: \(waits)")

            // Meanwhile the owner signs in at school at once, and a colleague behind the attacker's address too.
            #expect(try Self.browser(app, at: "198.51.100.7").signIn(Self.admin, password: TestApp.password).status == 303)
            #expect(try Self.browser(app, at: "203.0.113.9").signIn("designer@riverbend.example", password: TestApp.password).status == 303)
        }
    }

    @Test func anAccountUnderAttackFromEverywhereStillResetsItsPasswordAndSignsIn() throws {
        try TestApp.with(configure: { $0.trustProxy = true }) { app in
            for bot in 0..<40 {
                try app.store.signInAttempts.recordFailure(email: Self.admin, address: "203.0.113.\(bot)", at: Date())
            }
            // From a new address the owner is slowed briefly, never locked out for long…
            let hotel = Self.browser(app, at: "192.0.2.50")
            let slowed = try hotel.signIn(Self.admin, password: TestApp.password)
            #expect(slowed.status == 429)
            #expect(try #require(slowed.header("Retry-After").flatMap(Int.init)) <= 120)
            // …and the emailed reset link works at once, signing them in.
            _ = try hotel.submit("/password/forgot", [("email", Self.admin)])
            let mail = try #require(try app.mails(to: Self.admin).first { $0.subject == "Choose a new Cairn password" })
            let link = try app.link(in: mail, to: "/password/reset?token=")
            let reset = try hotel.submit(link, [("password", "a-brand-new-passphrase"), ("password_confirmation", "a-brand-new-passphrase")])
            #expect(reset.status == 303)
            #expect(reset.location == "/dashboard")
            #expect(try hotel.get("/dashboard").status == 200)
            // That address is now theirs: signing in from it again is not slowed by the bots.
            #expect(try Self.browser(app, at: "192.0.2.50").signIn(Self.admin, password: "a-brand-new-passphrase").status == 303)
        }
    }

    @Test(arguments: ["tom.baker@riverbend.example", "hannah.berg@riverbend.example"])
    func deactivatedAndNotYetAcceptedMembersCannotSignIn(email: String) throws {
        try TestApp.with { app in
            let response = try app.client().signIn(email, password: TestApp.password)
            #expect(response.status == 422)
            #expect(response.text.contains("That email and password don't match an account."))
            #expect(response.setCookie("cairn_session") == nil)
        }
    }
}
