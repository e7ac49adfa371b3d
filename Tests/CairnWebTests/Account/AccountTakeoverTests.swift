import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The cross-organization takeover path (invite another organization's admin, ask for a reset,
/// read the link in the outbox) is closed at every step: consent before membership, mail filed
/// under the organization it concerns, and one-time links never shown on any page.
@Suite struct AccountTakeoverTests {
    static let target = "admin@lakeside.example"

    @Test(arguments: TestEngine.available)
    func anAdminCannotReadAnotherOrganizationsAdminsResetLink(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            // An admin of one organization (also the installation's operator, in the demo) invites the other's admin.
            let attacker = try app.signedIn("admin@riverbend.example")
            let invited = try attacker.submit("/admin/members/invite", [("email", Self.target), ("display_name", "Someone"),
                                                                        ("roles", "educator")])
            #expect(invited.status == 303)
            #expect(try attacker.follow(invited).flash == "Invitation sent to \(Self.target). They join when they accept it.")
            #expect(try app.isMember(Self.target, of: "riverbend") == false, "nothing changes before they accept")

            // Anyone asks for a reset of that address.
            _ = try app.client().submit("/password/forgot", [("email", Self.target)])
            let reset = try #require(try app.mails(to: Self.target).first { $0.subject == "Choose a new Cairn password" })
            let link = try app.link(in: reset, to: "/password/reset?token=")
            let secret = String(try #require(link.split(separator: "=").last))

            // No page the attacker can open shows that mail, let alone the link.
            for path in ["/operator/outbox", "/admin/members", "/dashboard", "/notifications"] {
                let page = try attacker.get(path)
                #expect(!page.text.contains(secret), "\(path)")
                #expect(!page.text.contains("Choose a new Cairn password"), "\(path)")
            }
            #expect(!(try attacker.get("/admin/members").text.contains("Grace Liu")), "the account's own name is not revealed")
            // And the link still belongs to its owner alone: it works for them.
            #expect(try app.client().get(link).status == 200)
        }
    }

    @Test func theOutboxRedactsOneTimeLinksEvenForItsOwnMembers() throws {
        try TestApp.with { app in
            let operatorBrowser = try app.signedIn("admin@riverbend.example")
            _ = try app.client().submit("/password/forgot", [("email", "educator@riverbend.example")])
            let reset = try #require(try app.mails(to: "educator@riverbend.example").first)
            let secret = String(try #require(try app.link(in: reset, to: "/password/reset?token=").split(separator: "=").last))
            let outbox = try operatorBrowser.get("/operator/outbox").text
            #expect(outbox.contains("Choose a new Cairn password"), "the mail is listed for the operator")
            #expect(outbox.contains(OutgoingMail.redactedLink))
            #expect(!outbox.contains(secret))
            #expect(!outbox.contains("/password/reset?token"))
        }
    }

    @Test func mailToSomeoneNoLongerAMemberLeavesTheOutbox() throws {
        try TestApp.with { app in
            let operatorBrowser = try app.signedIn("admin@riverbend.example")
            let member = try app.member("mei.chen@riverbend.example")
            _ = try app.client().submit("/password/forgot", [("email", "mei.chen@riverbend.example")])
            #expect(try operatorBrowser.get("/operator/outbox").text.contains("mei.chen@riverbend.example"))
            let token = try operatorBrowser.csrfToken()
            #expect(try operatorBrowser.post("/admin/members/\(member.id.rawValue)/deactivate", form: [("_csrf", token)]).status == 303)
            #expect(!(try operatorBrowser.get("/operator/outbox").text.contains("mei.chen@riverbend.example")))
        }
    }

    @Test(arguments: TestEngine.available)
    func theRosterReportSaysInvitedWhateverTheAddress(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let roster = "email,name,roles\n\(Self.target),Typed Name,coach\nbrand.new@riverbend.example,Brand New,coach\n"
            let report = try RosterImportTests.upload(Array(roster.utf8), as: admin)
            #expect(report.text.contains("2 people invited"))
            #expect(!report.text.contains("Grace Liu"))
            let lakeside = try app.member(Self.target, in: "lakeside")
            #expect(try app.isMember(Self.target, of: "riverbend") == false)
            #expect(lakeside.roles == [.admin, .designer] && lakeside.isActive, "their own organization unchanged")
            #expect(try app.client().signIn(Self.target, password: TestApp.password).status == 303, "their password unchanged")
        }
    }

    @Test func theCommandLineInvitesAnExistingAccountInsteadOfAddingIt() throws {
        try TestApp.with { app in
            let outcome = try app.app.administration.createUser(
                email: Self.target, displayName: "Grace", organizationSlug: "riverbend", roleNames: ["coach"],
                password: "an-unused-long-password")
            #expect(outcome == .invited)
            #expect(try app.isMember(Self.target, of: "riverbend") == false)
            #expect(try app.client().signIn(Self.target, password: "an-unused-long-password").status == 422)
            #expect(try app.mails(to: Self.target).first?.subject == "You're invited to Riverbend Unified School District on Cairn")
        }
    }
}

/// Accepting an invitation for an account that exists: only that account, signed in, can join.
@Suite struct JoinOrganizationTests {
    @Test func onlyTheInvitedAccountJoinsAndOthersAreToldWhomToSignInAs() throws {
        try TestApp.with { app in
            let riverbend = try app.signedIn("admin@riverbend.example")
            #expect(try riverbend.submit("/admin/members/invite", [("email", "admin@lakeside.example"), ("display_name", "Grace"),
                                                                   ("roles", "coach")]).status == 303)
            let link = try app.link(in: try #require(try app.mails(to: "admin@lakeside.example").first), to: "/invitations/accept?token=")

            // Nobody signed in: a way to sign in that comes back to the link, and no form to join.
            let anonymous = try app.client().get(link)
            #expect(anonymous.status == 200)
            #expect(anonymous.text.contains("already has a Cairn account"))
            #expect(anonymous.text.contains("/signin?next="))
            #expect(!anonymous.text.contains(">Join Riverbend Unified School District</button>"))

            // Someone else signed in: told whom to sign in as, and a forged post is refused.
            let someoneElse = try app.signedIn("teacher@lakeside.example")
            let page = try someoneElse.get(link)
            #expect(page.text.contains("This invitation is for"))
            let forged = try someoneElse.post(link, form: [("_csrf", try someoneElse.csrfToken())])
            #expect(forged.status == 422)
            #expect(forged.text.contains("Sign out, then sign in as admin@lakeside.example"))
            #expect(try app.isMember("admin@lakeside.example", of: "riverbend") == false)
            #expect(try app.isMember("teacher@lakeside.example", of: "riverbend") == false)

            // The invited account sees the one button that joins.
            let invited = try app.signedIn("admin@lakeside.example").get(link)
            #expect(invited.text.contains(">Join Riverbend Unified School District</button>"))
        }
    }
}
