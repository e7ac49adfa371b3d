import CairnApp
import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Forgotten passwords: the same answer for everyone, a one-use link by mail, others signed out.
@Suite struct PasswordResetTests {
    @Test func forgotPasswordAnswersTheSameForAKnownAndAnUnknownAddress() throws {
        try TestApp.with { app in
            let browser = app.client()
            let known = try browser.submit("/password/forgot", [("email", "educator@riverbend.example")])
            let unknown = try browser.submit("/password/forgot", [("email", "stranger@riverbend.example")])
            #expect(known.status == 200)
            #expect(unknown.status == 200)
            #expect(known.text.replacingOccurrences(of: "educator@riverbend.example", with: "ADDRESS")
                    == unknown.text.replacingOccurrences(of: "stranger@riverbend.example", with: "ADDRESS"))
            #expect(try app.mails(to: "educator@riverbend.example").count == 1)
            #expect(try app.mails(to: "stranger@riverbend.example").isEmpty)
            // A deactivated member gets no link either.
            _ = try browser.submit("/password/forgot", [("email", "tom.baker@riverbend.example")])
            #expect(try app.mails(to: "tom.baker@riverbend.example").isEmpty)
        }
    }

    @Test func aMalformedAddressIsAskedForAgain() throws {
        try TestApp.with { app in
            let response = try app.client().submit("/password/forgot", [("email", "educator")])
            #expect(response.status == 422)
            #expect(response.fieldError("email") == "Enter an email address like name@school.org.")
        }
    }

    @Test(arguments: TestEngine.available)
    func theMailedLinkSetsANewPasswordOnceAndSignsOutOtherSessions(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let email = "educator@riverbend.example"
            let elsewhere = try app.signedIn(email)
            _ = try app.client().submit("/password/forgot", [("email", email)])
            let mail = try #require(try app.mails(to: email).first)
            #expect(mail.subject == "Choose a new Cairn password")
            let link = try app.link(in: mail, to: "/password/reset?token=")

            let browser = app.client()
            #expect(try browser.get(link).status == 200)
            let weak = try browser.submit(link, [("password", "password123"), ("password_confirmation", "password123")])
            #expect(weak.status == 422)
            #expect(weak.fieldError("password") == "That password is too common; choose one that is harder to guess.")
            let asEmail = try browser.submit(link, [("password", email), ("password_confirmation", email)])
            #expect(asEmail.fieldError("password") == "Choose a password that is not your email address.")
            #expect(try elsewhere.get("/dashboard").status == 200, "a refused reset changes nothing")

            let reset = try browser.submit(link, [("password", "new-and-long-passphrase"),
                                                  ("password_confirmation", "new-and-long-passphrase")])
            #expect(reset.status == 303)
            #expect(reset.location == "/dashboard")
            #expect(reset.setCookie("cairn_session") != nil)
            let dashboard = try browser.get("/dashboard")
            #expect(dashboard.status == 200)
            #expect(dashboard.text.contains("Your new password is set."))

            // The other session is gone; the old password is refused, the new one works.
            #expect(try elsewhere.get("/dashboard").location == "/signin")
            #expect(try app.client().signIn(email, password: TestApp.password).status == 422)
            #expect(try app.client().signIn(email, password: "new-and-long-passphrase").status == 303)

            // The link works once.
            let later = app.client()
            let reopened = try later.get(link)
            #expect(reopened.status == 303)
            #expect(reopened.location == "/password/forgot")
            #expect(try later.get("/password/forgot").text.contains("This link has already been used."))
            let token = try #require(try later.get("/password/forgot").csrfToken)
            let reused = try later.post(link, form: [("password", "third-long-passphrase"),
                                                     ("password_confirmation", "third-long-passphrase"), ("_csrf", token)])
            #expect(reused.status == 422)
            #expect(reused.text.contains("This link has already been used."))
            #expect(try app.client().signIn(email, password: "third-long-passphrase").status == 422)
        }
    }

    @Test func aSecondRequestWithinMinutesSendsNothingAndANewerLinkRevokesTheEarlierOne() throws {
        try TestApp.with { app in
            let email = "coach@riverbend.example"
            _ = try app.client().submit("/password/forgot", [("email", email)])
            let again = try app.client().submit("/password/forgot", [("email", email)])
            #expect(again.status == 200, "the same answer as ever")
            #expect(try app.mails(to: email).count == 1, "no second mail within ten minutes")
            // A link made later (here by the command line, which is not throttled) replaces the first.
            _ = try PasswordResets(installation: app.app.installation).makeLink(for: try EmailAddress(email), mail: true)
            let mails = try app.mails(to: email)
            #expect(mails.count == 2)
            let links = try mails.map { try app.link(in: $0, to: "/password/reset?token=") }
            #expect(Set(links).count == 2)
            let opened = try links.map { try app.client().get($0).status }
            #expect(opened.sorted() == [200, 303], "only the newest link opens")
        }
    }
}
