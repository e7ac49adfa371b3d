import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Changing roles, deactivating and reactivating members, with the organization's safety rules.
@Suite struct MemberAdministrationTests {
    static let admin = "admin@riverbend.example"

    @Test(arguments: TestEngine.available)
    func anAdminChangesAMembersRoles(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let admin = try app.signedIn(Self.admin)
            let educator = try app.member("educator@riverbend.example")
            let path = "/admin/members/\(educator.id.rawValue)"
            let response = try admin.submit(path, [("roles", "educator"), ("roles", "coach")])
            #expect(response.status == 303)
            #expect(response.location == path)
            #expect(try app.member("educator@riverbend.example").roles == [.educator, .coach])
            let page = try admin.get(path)
            #expect(page.text.contains("Jordan Ellis's roles are saved."))
            #expect(page.isChosen("roles", "coach"))
            #expect(page.isChosen("roles", "educator"))
            #expect(!page.isChosen("roles", "admin"))
            // The member sees the new role on their dashboard.
            let account = try app.signedIn("educator@riverbend.example").get("/account").text
            #expect(account.contains("<dt>Coach</dt>") && account.contains("<dt>Educator</dt>"))
        }
    }

    @Test func rolesMustBeChosenFromTheList() throws {
        try TestApp.with { app in
            let admin = try app.signedIn(Self.admin)
            let path = "/admin/members/\(try app.member("educator@riverbend.example").id.rawValue)"
            let none = try admin.submit(path, [])
            #expect(none.status == 422)
            #expect(none.fieldError("roles") == "Choose at least one role.")
            let unknown = try admin.submit(path, [("roles", "root")])
            #expect(unknown.status == 422)
            #expect(unknown.fieldError("roles") == "Choose roles from the list: admin, designer, assessor, coach or educator.")
            #expect(try app.member("educator@riverbend.example").roles == [.educator])
        }
    }

    @Test(arguments: TestEngine.available)
    func theLastAdminCannotDropTheAdminRole(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let admin = try app.signedIn(Self.admin)
            let me = try app.member(Self.admin)
            let response = try admin.submit("/admin/members/\(me.id.rawValue)", [("roles", "educator")])
            #expect(response.status == 422)
            #expect(response.fieldError("roles")
                    == "Your organization needs at least one active admin: make someone else an admin first.")
            #expect(try app.member(Self.admin).roles == [.admin])
            #expect(try admin.get("/admin/members").status == 200)

            // With a second admin, the first may step down.
            let designer = try app.member("designer@riverbend.example")
            #expect(try admin.submit("/admin/members/\(designer.id.rawValue)",
                                     [("roles", "admin"), ("roles", "designer")]).status == 303)
            #expect(try admin.submit("/admin/members/\(me.id.rawValue)", [("roles", "educator")]).status == 303)
            #expect(try app.member(Self.admin).roles == [.educator])
            #expect(try admin.get("/admin/members").status == 403, "no longer an admin, at once")
        }
    }

    @Test func anAdminCannotDeactivateThemselves() throws {
        try TestApp.with { app in
            let admin = try app.signedIn(Self.admin)
            let me = try app.member(Self.admin)
            let path = "/admin/members/\(me.id.rawValue)"
            let response = try admin.submit(path, to: path + "/deactivate", [])
            #expect(response.status == 303)
            #expect(response.location == path)
            #expect(try admin.get(path).text.contains("You can't deactivate your own account."))
            #expect(try app.member(Self.admin).isActive)
            #expect(try admin.get("/dashboard").status == 200)
        }
    }

    @Test(arguments: TestEngine.available)
    func deactivationEndsTheMembersSessionAtOnceAndReactivationRestoresAccess(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            // Given an educator working in Cairn
            let educator = try app.signedIn("educator@riverbend.example")
            #expect(try educator.get("/dashboard").status == 200)
            let admin = try app.signedIn(Self.admin)
            let membership = try app.member("educator@riverbend.example")
            let path = "/admin/members/\(membership.id.rawValue)"

            // When the admin deactivates them
            let response = try admin.submit(path, to: path + "/deactivate", [])
            #expect(response.status == 303)
            #expect(response.location == path)
            #expect(try app.member("educator@riverbend.example").isActive == false)
            let page = try admin.get(path)
            #expect(page.text.contains("Jordan Ellis is deactivated and can no longer sign in to Riverbend Unified School District."))
            let row = try #require(try admin.get("/admin/members").tableRow(containing: "educator@riverbend.example"))
            #expect(row.contains(#"<span class="badge badge--deactivated">Deactivated</span>"#))

            // Then their next request is sent to sign in, and they cannot sign in again
            let next = try educator.get("/dashboard")
            #expect(next.status == 303)
            #expect(next.location == "/signin")
            #expect(educator.cookies["cairn_session"] == nil, "the dead session cookie is cleared")
            let again = try app.client().signIn("educator@riverbend.example", password: TestApp.password)
            #expect(again.status == 422)

            // Deactivating twice is refused politely; reactivating restores sign-in
            let reactivated = try admin.submit(path, to: path + "/reactivate", [])
            #expect(reactivated.status == 303)
            #expect(try admin.get(path).text.contains("Jordan Ellis is active again."))
            #expect(try app.member("educator@riverbend.example").isActive)
            let back = try app.signedIn("educator@riverbend.example")
            #expect(try back.get("/dashboard").text.contains("Welcome, Jordan Ellis"))
            let twice = try admin.submit(path, to: path + "/reactivate", [])
            #expect(twice.status == 303)
            #expect(try admin.get(path).text.contains("This member is already active."))
        }
    }

    @Test(arguments: ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "..%2F..%2Fetc%2Fpasswd"])
    func aMalformedOrUnknownMemberIdIsNotFound(id: String) throws {
        try TestApp.with { app in
            let admin = try app.signedIn(Self.admin)
            let token = try #require(try admin.get("/dashboard").csrfToken)
            #expect(try admin.get("/admin/members/\(id)").status == 404)
            #expect(try admin.post("/admin/members/\(id)", form: [("_csrf", token), ("roles", "admin")]).status == 404)
            #expect(try admin.post("/admin/members/\(id)/deactivate", form: [("_csrf", token)]).status == 404)
        }
    }
}
