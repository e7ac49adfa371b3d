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
            #expect(try browser.get("/admin/outbox").status == 404)
        }
    }

    @Test func theOutboxIsShownToAnAdminInDevelopmentOnly() throws {
        try TestApp.with { app in
            let response = try app.signedIn("admin@riverbend.example").get("/admin/outbox")
            #expect(response.status == 200)
        }
        try TestApp.with(configure: { $0.environment = .production }) { app in
            let response = try app.signedIn("admin@riverbend.example").get("/admin/outbox")
            #expect(response.status == 404)
            #expect(response.text.contains("We can't find that page"))
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
            let outbox = try lakeside.get("/admin/outbox")
            #expect(outbox.status == 200)
            #expect(!outbox.text.contains("new.teacher@riverbend.example"))
            #expect(try riverbend.get("/admin/outbox").text.contains("new.teacher@riverbend.example"))
            let invite = try lakeside.get("/admin/members/invite")
            #expect(!invite.text.contains("Riverbend Elementary"), "only the organization's own schools to choose")
        }
    }

    @Test func switchingToAnOrganizationYouDoNotBelongToIsNotFound() throws {
        try TestApp.with { app in
            let browser = try app.signedIn("admin@riverbend.example")
            let lakeside = try app.organization("lakeside")
            let response = try browser.submit("/dashboard", to: "/session/organization", [("organization", lakeside.id.rawValue)])
            #expect(response.status == 404)
            #expect(try browser.get("/dashboard").text.contains("<dd>Riverbend Unified School District</dd>"))
            #expect(try browser.get("/admin/members").text.contains("Jordan Ellis"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aPersonInTwoOrganizationsCanSwitchBetweenThem(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            // Riverbend adds the Lakeside admin, who already has an account: no password link, just a notice.
            let riverbend = try app.signedIn("admin@riverbend.example")
            let invited = try riverbend.submit("/admin/members/invite", [("email", "admin@lakeside.example"),
                                                                         ("display_name", "Grace Liu"), ("roles", "coach")])
            #expect(invited.status == 303)
            let mail = try #require(try app.mails(to: "admin@lakeside.example").first)
            #expect(mail.subject == "You've been added to Riverbend Unified School District on Cairn")
            #expect(!mail.text.contains("/invitations/accept"))

            let grace = try app.signedIn("admin@lakeside.example")
            #expect(try grace.get("/dashboard").text.contains("<dd>Lakeside Academy</dd>"))
            let riverbendID = try app.organization("riverbend").id.rawValue
            let switched = try grace.submit("/dashboard", to: "/session/organization", [("organization", riverbendID)])
            #expect(switched.status == 303)
            #expect(switched.location == "/dashboard")
            let dashboard = try grace.get("/dashboard")
            #expect(dashboard.text.contains("<dd>Riverbend Unified School District</dd>"))
            #expect(dashboard.text.contains("<dd>Coach</dd>"))
            #expect(try grace.get("/admin/members").status == 403, "a coach in Riverbend, not an admin")
        }
    }
}
