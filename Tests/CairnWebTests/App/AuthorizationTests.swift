import CairnApp
import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Who may open what: anonymous visitors are sent to sign in, members without the role are
/// refused, and another organization's things do not exist.
@Suite struct AuthorizationTests {
    @Test(arguments: [
        (path: "/dashboard", location: "/signin"),
        (path: "/admin/members", location: "/signin?next=%2Fadmin%2Fmembers"),
        (path: "/admin/members/invite", location: "/signin?next=%2Fadmin%2Fmembers%2Finvite"),
    ])
    func anonymousVisitorsAreSentToSignIn(path: String, location: String) throws {
        try TestApp.with { app in
            let response = try app.client().get(path)
            #expect(response.status == 303)
            #expect(response.location == location)
        }
    }

    @Test func signingInFromTheRedirectReturnsToThePageAsked() throws {
        try TestApp.with { app in
            let browser = app.client()
            let location = try #require(try browser.get("/admin/members").location)
            let next = try #require(try browser.get(location).inputValue("next"))
            let response = try browser.signIn("admin@riverbend.example", password: TestApp.password, next: next)
            #expect(response.location == "/admin/members")
            #expect(try browser.get("/admin/members").status == 200)
        }
    }

    @Test func anEducatorIsRefusedTheMembersPage() throws {
        try TestApp.with { app in
            let educator = try app.signedIn("educator@riverbend.example")
            let response = try educator.get("/admin/members")
            #expect(response.status == 403)
            #expect(response.text.contains("You don't have access to this page"))
            #expect(!response.text.contains("mei.chen@riverbend.example"))
            // The refusal knows who is asking: it offers the dashboard, not sign-in, and its
            // sign-out form carries the session's token.
            #expect(response.text.contains("Go to your dashboard"))
            #expect(!response.text.contains("Go to sign in"))
            let token = try #require(response.csrfToken)
            #expect(try educator.post("/signout", form: [("_csrf", token)]).location == "/signin")
        }
    }

    @Test(arguments: ["educator@riverbend.example", "designer@riverbend.example", "assessor@riverbend.example",
                      "coach@riverbend.example"])
    func everyAdminRouteRefusesANonAdmin(email: String) throws {
        try TestApp.with { app in
            let browser = try app.signedIn(email)
            let token = try #require(try browser.get("/dashboard").csrfToken)
            let target = try app.member("mei.chen@riverbend.example")
            let adminRoutes = app.app.routes().entries.filter {
                if case .roles(let roles) = $0.access { return roles == [.admin] }
                return false
            }
            #expect(adminRoutes.count >= 10, "members, invite, import, roles, (de)activation, schools")
            for route in adminRoutes {
                let path = route.pattern.replacingOccurrences(of: ":id", with: target.id.rawValue)
                let response = route.method == .get
                    ? try browser.get(path)
                    : try browser.post(path, form: [("_csrf", token), ("roles", "admin"), ("name", "Hacked School"),
                                                    ("email", "sneaky@riverbend.example"), ("display_name", "Sneaky")])
                #expect(response.status == 403, "\(route.method.rawValue) \(path) as \(email)")
            }
            // And nothing they posted took effect.
            let after = try app.member("mei.chen@riverbend.example")
            #expect(after.isActive && after.roles == [.educator])
            #expect(try app.isMember("sneaky@riverbend.example") == false)
            #expect(try app.store.organizations.fetchSchool(named: "Hacked School", in: app.organization("riverbend").id) == nil)
            // The development outbox is hidden from them altogether.
            #expect(try browser.get("/operator/outbox").status == 404)
        }
    }

    @Test func theOutboxIsShownToAnOperatorInDevelopmentOnly() throws {
        try TestApp.with { app in
            // The demo district's admin is also the installation's operator; the other admin is not.
            let operatorBrowser = try app.signedIn("admin@riverbend.example")
            let otherAdmin = try app.signedIn("admin@lakeside.example")
            #expect(try operatorBrowser.get("/operator/outbox").status == 200)
            #expect(try otherAdmin.get("/operator/outbox").status == 404)
            #expect(try otherAdmin.get("/admin/outbox").status == 404, "the old address is gone")
        }
        try TestApp.with(configure: { $0.environment = .production }) { app in
            let response = try app.signedIn("admin@riverbend.example").get("/operator/outbox")
            #expect(response.status == 404)
            #expect(response.text.contains("We can't find that page"))
        }
    }

    @Test func everyAPIClientRouteIgnoresASessionAndAsksForATokenOrTheAppsCredentials() throws {
        try TestApp.with { app in
            let browser = try app.signedIn("educator@riverbend.example")
            let token = try #require(try browser.get("/dashboard").csrfToken)
            let apiRoutes = app.app.routes().entries.filter {
                if case .apiClient = $0.access { return true }
                return false
            }
            #expect(apiRoutes.count >= 7, "register, token, revoke, credentials (get, post), profile (get, put)")
            for route in apiRoutes {
                #expect(route.pattern.hasPrefix("/ims/ob/v3p0/"), "\(route.pattern)")
                let response = route.method == .get
                    ? try browser.get(route.pattern)
                    : try browser.send(method: route.method.rawValue, target: route.pattern,
                                       headers: [("Content-Type", "application/x-www-form-urlencoded")],
                                       body: Array("_csrf=\(token)".utf8))
                let expected = route.pattern.hasSuffix("/register") ? 400 : 401
                #expect(response.status == expected, "\(route.method.rawValue) \(route.pattern) with a session: \(response.status)")
                #expect(response.header("Content-Type")?.hasPrefix("application/json") == true, "\(route.pattern)")
            }
            // The consent page is a member's page: a visitor is sent to sign in.
            #expect(try app.client().get("/ims/ob/v3p0/auth/authorize").status == 303)
            #expect(try app.client().get("/account/apps").status == 303)
        }
    }

    // MARK: Across organizations

    @Test(arguments: TestEngine.available)
    func anotherOrganizationsMemberIsNotFound(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let lakesideAdmin = try app.signedIn("admin@lakeside.example")
            let token = try #require(try lakesideAdmin.get("/dashboard").csrfToken)
            let educator = try app.member("educator@riverbend.example")
            let path = "/admin/members/\(educator.id.rawValue)"

            #expect(try lakesideAdmin.get(path).status == 404)
            #expect(try lakesideAdmin.post(path, form: [("_csrf", token), ("roles", "admin")]).status == 404)
            #expect(try lakesideAdmin.post(path + "/deactivate", form: [("_csrf", token)]).status == 404)
            let after = try app.member("educator@riverbend.example")
            #expect(after.isActive)
            #expect(after.roles == [.educator])

            let deactivated = try app.member("tom.baker@riverbend.example")
            #expect(try lakesideAdmin.post("/admin/members/\(deactivated.id.rawValue)/reactivate",
                                           form: [("_csrf", token)]).status == 404)
            #expect(try app.member("tom.baker@riverbend.example").isActive == false)
        }
    }

    @Test func anotherOrganizationsMembersNeverAppearOnItsPages() throws {
        try TestApp.with { app in
            let riverbend = try app.signedIn("admin@riverbend.example")
            #expect(try riverbend.submit("/admin/members/invite", [("email", "new.teacher@riverbend.example"),
                                                                   ("display_name", "Riverbend Newcomer"),
                                                                   ("roles", "educator")]).status == 303)
            let lakeside = try app.signedIn("admin@lakeside.example")
            let members = try lakeside.get("/admin/members")
            #expect(members.status == 200)
            #expect(members.text.contains("Noah Park"))
            #expect(!members.text.contains("riverbend.example"))
            #expect(!members.text.contains("Jordan Ellis"))
            // Even an operator signed in to Lakeside sees only Lakeside's mail.
            try app.store.members.setOperator(true, email: EmailAddress("admin@lakeside.example"))
            let outbox = try app.signedIn("admin@lakeside.example").get("/operator/outbox")
            #expect(outbox.status == 200)
            #expect(!outbox.text.contains("new.teacher@riverbend.example"))
            #expect(!outbox.text.contains("Riverbend Newcomer"))
            let invite = try lakeside.get("/admin/members/invite")
            #expect(!invite.text.contains("Riverbend Elementary"), "only the organization's own schools to choose")
        }
    }

    @Test func switchingToAnOrganizationYouDoNotBelongToIsNotFound() throws {
        try TestApp.with { app in
            let browser = try app.signedIn("admin@riverbend.example")
            let lakeside = try app.organization("lakeside")
            let response = try browser.submit("/account", to: "/session/organization", [("organization", lakeside.id.rawValue)])
            #expect(response.status == 404)
            #expect(try browser.get("/account").text.contains("<dd>Riverbend Unified School District</dd>"))
            #expect(try browser.get("/admin/members").text.contains("Jordan Ellis"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aPersonInTwoOrganizationsCanSwitchBetweenThem(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            // Riverbend invites the Lakeside admin, who already has an account: nothing changes until they accept.
            let riverbend = try app.signedIn("admin@riverbend.example")
            let invited = try riverbend.submit("/admin/members/invite", [("email", "admin@lakeside.example"),
                                                                         ("display_name", "Grace Liu"), ("roles", "coach")])
            #expect(invited.status == 303)
            #expect(try app.isMember("admin@lakeside.example", of: "riverbend") == false)
            let mail = try #require(try app.mails(to: "admin@lakeside.example").first)
            #expect(mail.subject == "You're invited to Riverbend Unified School District on Cairn")
            #expect(mail.text.contains("You already have a Cairn account"))
            let link = try app.link(in: mail, to: "/invitations/accept?token=")

            let grace = try app.signedIn("admin@lakeside.example")
            #expect(try grace.get("/account").text.contains("<dd>Lakeside Academy</dd>"))
            let join = try grace.get(link)
            #expect(join.status == 200)
            #expect(join.text.contains("Join Riverbend Unified School District"))
            let joined = try grace.submit(link, [])
            #expect(joined.status == 303)
            #expect(try app.member("admin@lakeside.example", in: "riverbend").roles == [.coach])
            #expect(try app.member("admin@lakeside.example", in: "lakeside").roles == [.admin, .designer], "the other membership unchanged")
            #expect(try grace.get("/account").text.contains("<dd>Riverbend Unified School District</dd>"))
            let riverbendID = try app.organization("riverbend").id.rawValue
            let switched = try grace.submit("/account", to: "/session/organization", [("organization", riverbendID)])
            #expect(switched.status == 303)
            #expect(switched.location == "/dashboard")
            let account = try grace.get("/account")
            #expect(account.text.contains("<dd>Riverbend Unified School District</dd>"))
            #expect(account.text.contains("<dt>Coach</dt>") && !account.text.contains("<dt>Organization admin</dt>"))
            #expect(try grace.get("/admin/members").status == 403, "a coach in Riverbend, not an admin")
        }
    }
}
