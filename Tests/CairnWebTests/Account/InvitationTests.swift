import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// An admin invites one person; the invitation mail's link lets them choose a name and password.
@Suite struct InvitationTests {
    static let admin = "admin@riverbend.example"

    /// One refused invite form: what was typed, and the message expected next to which field.
    struct RefusedInvite: Sendable, CustomTestStringConvertible {
        let testDescription: String
        var email = "new.person@riverbend.example"
        var roles = ["educator"]
        /// A school of the other organization when true.
        var foreignSchool = false
        let field: String
        let message: String
    }

    @Test(arguments: [
        RefusedInvite(testDescription: "bad email", email: "new.person-at-riverbend", field: "email",
                      message: "Enter an email address like name@school.org."),
        RefusedInvite(testDescription: "no role", roles: [], field: "roles", message: "Choose at least one role."),
        RefusedInvite(testDescription: "unknown role", roles: ["educator", "superuser"], field: "roles",
                      message: "Choose roles from the list: admin, designer, assessor, coach or educator."),
        RefusedInvite(testDescription: "another organization's school", foreignSchool: true, field: "school",
                      message: "Choose a school from the list."),
    ])
    func anInvalidInviteIsRefusedWithTheMessageNextToTheFieldAndNothingSaved(_ c: RefusedInvite) throws {
        try TestApp.with { app in
            let browser = try app.signedIn(Self.admin)
            var fields = [("email", c.email), ("display_name", "Ada Quill")] + c.roles.map { ("roles", $0) }
            if c.foreignSchool {
                let school = try #require(try app.store.organizations.schools(of: app.organization("lakeside").id).first)
                fields.append(("school", school.id.rawValue))
            }
            let response = try browser.submit("/admin/members/invite", fields)
            #expect(response.status == 422)
            #expect(response.fieldError(c.field) == c.message)
            #expect(response.text.contains("There is a problem"))
            // What was typed is still there.
            #expect(response.inputValue("email") == c.email)
            #expect(response.inputValue("display_name") == "Ada Quill")
            #expect(response.isChosen("roles", "educator") == c.roles.contains("educator"))
            // Nothing was saved or sent.
            if let email = try? EmailAddress(c.email) {
                #expect(try app.store.members.fetchPerson(email: email) == nil)
            }
            #expect(try app.mails(to: c.email).isEmpty)
        }
    }

    /// The same rule as a roster row and `cairn user create` (`NewMember`): at most 120 characters.
    @Test func aNameLongerThan120CharactersIsRefused() throws {
        try TestApp.with { app in
            let response = try app.signedIn(Self.admin).submit("/admin/members/invite", [
                ("email", "long.name@riverbend.example"), ("display_name", String(repeating: "n", count: 121)), ("roles", "coach")])
            #expect(response.status == 422)
            #expect(response.fieldError("display_name") == "Use at most 120 characters.")
            #expect(try app.isMember("long.name@riverbend.example") == false)
            #expect(try app.mails(to: "long.name@riverbend.example").isEmpty)
        }
    }

    @Test func aMissingNameIsRefused() throws {
        try TestApp.with { app in
            let response = try app.signedIn(Self.admin).submit("/admin/members/invite", [
                ("email", "nameless@riverbend.example"), ("display_name", "  "), ("roles", "coach")])
            #expect(response.status == 422)
            #expect(response.fieldError("display_name") == "Enter the person's name.")
            #expect(response.isChosen("roles", "coach"))
            #expect(try app.isMember("nameless@riverbend.example") == false)
        }
    }

    @Test(arguments: TestEngine.available)
    func anInvitedPersonAcceptsAndIsSignedIn(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let admin = try app.signedIn(Self.admin)
            let school = try #require(try app.store.organizations.fetchSchool(named: "Riverbend High School",
                                                                               in: app.organization("riverbend").id))
            // Given an invitation
            let invited = try admin.submit("/admin/members/invite", [
                ("email", "Ada.Quill@Riverbend.example"), ("display_name", "Ada Quill"),
                ("roles", "assessor"), ("roles", "coach"), ("school", school.id.rawValue)])
            #expect(invited.status == 303)
            #expect(invited.location == "/admin/members")
            let members = try admin.get("/admin/members")
            #expect(members.text.contains("Invitation sent to ada.quill@riverbend.example."))
            let row = try #require(members.tableRow(containing: "ada.quill@riverbend.example"))
            #expect(row.contains(">Ada Quill</th>"))
            #expect(row.contains("<td class=\"table__cell\" data-label=\"Roles\">Assessor, Coach</td>"))
            #expect(row.contains(#"<span class="badge badge--invited">Invited</span>"#))
            #expect(try app.isMember("ada.quill@riverbend.example") == false, "a member only once they accept")

            let mail = try #require(try app.mails(to: "ada.quill@riverbend.example").first)
            #expect(mail.subject == "You're invited to Riverbend Unified School District on Cairn")
            #expect(mail.text.contains("Alicia Moreno invited you"))
            let link = try app.link(in: mail, to: "/invitations/accept?token=")
            #expect(!(try admin.get("/operator/outbox").text.contains("ada.quill@riverbend.example")),
                    "not a member yet: the organization's outbox does not show mail to them")

            // When they follow the link
            let newcomer = app.client()
            let page = try newcomer.get(link)
            #expect(page.status == 200)
            #expect(page.text.contains("Riverbend Unified School District"))
            #expect(page.inputValue("display_name") == "Ada Quill")

            // Then weak or mismatched passwords are refused, keeping the name they typed
            let weak = try newcomer.submit(link, [("display_name", "Ada Q."), ("password", "short"),
                                                  ("password_confirmation", "short")])
            #expect(weak.status == 422)
            #expect(weak.fieldError("password") == "Use at least 10 characters.")
            #expect(weak.inputValue("display_name") == "Ada Q.")
            let mismatch = try newcomer.submit(link, [("display_name", "Ada Q."), ("password", "a-long-good-passphrase"),
                                                      ("password_confirmation", "a-long-good-passphrase!")])
            #expect(mismatch.status == 422)
            #expect(mismatch.fieldError("password_confirmation") == "The two passwords don't match.")
            #expect(newcomer.cookies["cairn_session"] == nil)

            // And good ones sign them in under the name they chose
            let accepted = try newcomer.submit(link, [("display_name", "Ada Q."), ("password", "a-long-good-passphrase"),
                                                      ("password_confirmation", "a-long-good-passphrase")])
            #expect(accepted.status == 303)
            #expect(accepted.location == "/dashboard")
            #expect(accepted.setCookie("cairn_session")?.contains("HttpOnly") == true)
            let dashboard = try newcomer.get("/dashboard")
            #expect(dashboard.text.contains("Welcome, Ada Q."))
            #expect(dashboard.text.contains("Welcome to Riverbend Unified School District on Cairn."))
            #expect(try newcomer.get("/account").text.contains("<dd>Riverbend High School</dd>"))
            let member = try app.member("ada.quill@riverbend.example")
            #expect(member.roles == [.assessor, .coach])
            #expect(member.membership.schoolID == school.id)
            let acceptedRow = try #require(try admin.get("/admin/members").tableRow(containing: "ada.quill@riverbend.example"))
            #expect(acceptedRow.contains(#"<span class="badge badge--active">Active</span>"#))
            #expect(acceptedRow.contains(">Ada Q.</th>"))

            // The new password works for signing in later.
            #expect(try app.client().signIn("ada.quill@riverbend.example", password: "a-long-good-passphrase").status == 303)

            // The link works once.
            let again = app.client()
            let reopened = try again.get(link)
            #expect(reopened.status == 303)
            #expect(reopened.location == "/signin")
            #expect(try again.get("/signin").text.contains("This link has already been used."))
            let token = try #require(try again.get("/signin").csrfToken)
            let reused = try again.post(link, form: [("display_name", "Mallory"), ("password", "another-long-passphrase"),
                                                     ("password_confirmation", "another-long-passphrase"), ("_csrf", token)])
            #expect(reused.status == 422)
            #expect(reused.text.contains("This link has already been used."))
            #expect(again.cookies["cairn_session"] == nil)
            #expect(try app.client().signIn("ada.quill@riverbend.example", password: "another-long-passphrase").status == 422)
        }
    }

    @Test func aForgedInvitationLinkIsRefused() throws {
        try TestApp.with { app in
            let browser = app.client()
            let response = try browser.get("/invitations/accept?token=not-a-real-token")
            #expect(response.status == 303)
            #expect(response.location == "/signin")
            #expect(try browser.get("/signin").text.contains("This link is not valid."))
        }
    }

    @Test(arguments: TestEngine.available)
    func invitingAnExistingMemberIsRefused(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let response = try app.signedIn(Self.admin).submit("/admin/members/invite", [
                ("email", "educator@riverbend.example"), ("display_name", "Jordan Again"), ("roles", "admin")])
            #expect(response.status == 422)
            #expect(response.fieldError("email") == "This person is already a member of your organization.")
            #expect(try app.member("educator@riverbend.example").roles == [.educator], "roles unchanged")
            #expect(try app.mails(to: "educator@riverbend.example").isEmpty)
        }
    }

    @Test func aNameWithMarkupIsShownAsTextEverywhere() throws {
        try TestApp.with { app in
            let admin = try app.signedIn(Self.admin)
            let name = "<script>alert(1)</script>"
            #expect(try admin.submit("/admin/members/invite", [("email", "xss@riverbend.example"), ("display_name", name),
                                                               ("roles", "educator")]).status == 303)
            let members = try admin.get("/admin/members")
            #expect(members.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!members.text.contains("<script>alert(1)"))
            // A retyped form keeps the value escaped inside its attribute.
            let refused = try admin.submit("/admin/members/invite", [("email", "bad"), ("display_name", #""><script>x</script>"#)])
            #expect(refused.status == 422)
            #expect(refused.text.contains(#"value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;""#))
            #expect(!refused.text.contains("<script>x"))
        }
    }
}

/// An admin withdraws an invitation nobody answered: the link stops working at once.
@Suite struct WithdrawInvitationTests {
    @Test(arguments: TestEngine.available)
    func aWithdrawnInvitationsLinkNoLongerWorks(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let admin = try app.signedIn("admin@riverbend.example")
            #expect(try admin.submit("/admin/members/invite", [("email", "new.hire@riverbend.example"), ("display_name", "New Hire"),
                                                               ("roles", "educator")]).status == 303)
            let link = try app.link(in: try #require(try app.mails(to: "new.hire@riverbend.example").first), to: "/invitations/accept?token=")
            let invitation = try #require(try app.store.invitations.pending(in: app.organization("riverbend").id, at: Date())
                .first { $0.email.rawValue == "new.hire@riverbend.example" }?.invitation)
            let action = "/admin/members/invitations/\(invitation.id.rawValue)/withdraw"
            let row = try #require(try admin.get("/admin/members").tableRow(containing: "new.hire@riverbend.example"))
            #expect(row.contains(#"action="\#(action)""#))

            // Another organization's admin cannot withdraw it, nor can a forged id.
            let lakeside = try app.signedIn("admin@lakeside.example")
            #expect(try lakeside.post(action, form: [("_csrf", try lakeside.csrfToken())]).status == 404)
            #expect(try admin.post("/admin/members/invitations/not-an-id/withdraw", form: [("_csrf", try admin.csrfToken())]).status == 404)
            #expect(try app.client().get(link).status == 200, "still usable")

            let withdrawn = try admin.post(action, form: [("_csrf", try admin.csrfToken())])
            #expect(withdrawn.status == 303)
            #expect(try admin.follow(withdrawn).flash == "The invitation was withdrawn: its link no longer works.")
            #expect(!(try admin.get("/admin/members").text.contains("new.hire@riverbend.example")))
            let opened = try app.client().get(link)
            #expect(opened.status == 303 && opened.location == "/signin", "the link is refused")
            #expect(try admin.post(action, form: [("_csrf", try admin.csrfToken())]).status == 404, "only once")
        }
    }
}
