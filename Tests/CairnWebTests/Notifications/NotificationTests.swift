import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Notifications about earning and review: at once or in a daily digest, stalled reminders, the
/// coach at the limit of *not yet*, the settings page and the list of notifications.
@Suite struct NotificationTests {
    static let assessor = "assessor@riverbend.example"
    static let educator = "educator@riverbend.example"

    @Test func anAssessorWhoChoseImmediateGetsAMailAtOnceAndOthersWaitForTheDigest() throws {
        try TestApp.with { app in
            try app.publishTextOnly("reflect", title: "Reflective practice")
            try app.assign(Self.assessor, toAssess: "reflect")
            try app.assign("luis.ortega@riverbend.example", toAssess: nil)
            let assessor = try app.signedIn(Self.assessor)
            #expect(try assessor.post("/settings/notifications", form: [("_csrf", try assessor.csrfToken()), ("preference", "immediate")]).status == 303)

            let educator = try app.signedIn(Self.educator)
            try app.submit(educator, workspace: try app.enroll(educator, in: "reflect"))

            let mails = try app.mails(to: Self.assessor)
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            #expect(mail.subject == "A submission is waiting: Reflective practice")
            #expect(mail.text.contains("Hello Samuel Osei"))
            #expect(try app.link(in: mail, to: "/review") == "/review")
            #expect(mail.text.contains(app.app.configuration.baseURL + "/settings/notifications"))
            #expect(try app.mails(to: "luis.ortega@riverbend.example").isEmpty, "never chosen: submissions come in the digest")
            #expect(try app.mails(to: Self.educator).isEmpty, "the author is not told about their own submission")
            #expect(try app.mails(to: "mei.chen@riverbend.example").isEmpty)

            #expect(try app.app.notifications.sendDigests(at: Date().addingTimeInterval(25 * 3600)) == 1)
            let digest = try #require(try app.mails(to: "luis.ortega@riverbend.example").first)
            #expect(digest.text.contains("A submission is waiting: Reflective practice"))
        }
    }

    @Test func twoSubmissionsMakeOneDigestOnceTheOldestHasWaitedADay() throws {
        try TestApp.with { app in
            try app.publishTextOnly("reflect", title: "Reflective practice")
            try app.assign(Self.assessor, toAssess: "reflect")
            for email in [Self.educator, "mei.chen@riverbend.example"] {
                let educator = try app.signedIn(email)
                try app.submit(educator, workspace: try app.enroll(educator, in: "reflect"))
            }
            #expect(try app.mails(to: Self.assessor).isEmpty)
            let notifier = app.app.notifications
            #expect(try notifier.sendDigests(at: Date().addingTimeInterval(3600)) == 0)
            #expect(try notifier.sendDigests(at: Date().addingTimeInterval(25 * 3600)) == 1)
            #expect(try notifier.sendDigests(at: Date().addingTimeInterval(26 * 3600)) == 0)
            let mails = try app.mails(to: Self.assessor)
            #expect(mails.count == 1)
            let digest = try #require(mails.first)
            #expect(digest.subject == "Your Cairn digest: 2 things since yesterday")
            #expect(digest.text.components(separatedBy: "• A submission is waiting: Reflective practice").count == 3)
            #expect(digest.text.contains("An educator sent a first submission"))

            let page = try app.signedIn(Self.assessor).get("/notifications")
            #expect(page.status == 200)
            #expect(page.text.components(separatedBy: "A submission is waiting: Reflective practice").count == 3)
            #expect(page.text.contains("sent in your daily digest"))
            #expect(try app.signedIn(Self.educator).get("/notifications").text.contains("Nothing yet"))
        }
    }

    @Test func thePreferenceIsSavedAndABadValueIsRefused() throws {
        try TestApp.with { app in
            #expect(try app.client().get("/settings/notifications").status == 303, "signed out: to the sign-in page")
            #expect(try app.client().get("/notifications").status == 303)
            #expect(try app.client().post("/settings/notifications", form: [("preference", "immediate")]).status == 403, "no session, no CSRF token")
            let coach = try app.signedIn("coach@riverbend.example")
            let form = try coach.get("/settings/notifications")
            #expect(form.status == 200)
            #expect(form.text.contains("You haven't chosen yet"))
            #expect(!form.isChosen("preference", "immediate") && !form.isChosen("preference", "dailyDigest"))
            #expect(try coach.get("/account").text.contains("href=\"/settings/notifications\""))

            let person = try app.member("coach@riverbend.example").person.id
            let organization = try app.organization("riverbend").id
            for bad in [[("preference", "weekly")], []] {
                let refused = try coach.post("/settings/notifications", form: [("_csrf", try coach.csrfToken())] + bad)
                #expect(refused.status == 422)
                #expect(refused.fieldError("preference") == "Choose how Cairn should send you these messages.")
                #expect(try app.store.notifications.notificationPreference(of: person, in: organization) == nil)
            }
            #expect(try coach.post("/settings/notifications", form: [("preference", "dailyDigest")]).status == 403, "no CSRF token")

            let saved = try coach.post("/settings/notifications", form: [("_csrf", try coach.csrfToken()), ("preference", "dailyDigest")])
            #expect(saved.status == 303)
            #expect(try coach.follow(saved).flash == "Saved: you'll get one digest a day.")
            #expect(try coach.get("/settings/notifications").isChosen("preference", "dailyDigest"))
            #expect(try app.store.notifications.notificationPreference(of: person, in: organization) == .dailyDigest)
            #expect(try app.store.notifications.notificationPreference(of: person, in: try app.organization("lakeside").id) == nil)
        }
    }

    @Test func aStalledEnrollmentIsRemindedOnce() throws {
        try TestApp.with { app in
            try app.publishTextOnly("reflect", title: "Reflective practice")
            let educator = try app.signedIn(Self.educator)
            let path = try app.enroll(educator, in: "reflect")
            let notifier = app.app.notifications
            try notifier.remindStalled(at: Date().addingTimeInterval(13 * 86400))
            #expect(try app.mails(to: Self.educator).isEmpty)
            #expect(try notifier.remindStalled(at: Date().addingTimeInterval(15 * 86400)) >= 1)
            try notifier.remindStalled(at: Date().addingTimeInterval(16 * 86400))
            let mails = try app.mails(to: Self.educator)
            #expect(mails.map(\.subject) == ["Your work on “Reflective practice” is waiting for you"])
            #expect(try app.link(in: try #require(mails.first), to: path) == path)
        }
    }

    @Test func aLimitLoweredBelowTheCountStillCallsTheCoachOnce() throws {
        try TestApp.with { app in
            try app.publishTextOnly("reflect", title: "Reflective practice")
            try app.assign(Self.assessor, toAssess: "reflect")
            let organization = try app.organization("riverbend").id
            let educator = try app.signedIn(Self.educator)
            let path = try app.enroll(educator, in: "reflect")
            let enrollment = try app.enrollment(at: path)
            func notYetAgain() throws {
                try app.submit(educator, workspace: path)
                try app.decideLatest(of: enrollment, by: Self.assessor, level: "approaching")
            }
            try notYetAgain()
            try notYetAgain()
            #expect(try app.mails(to: "coach@riverbend.example").isEmpty, "two of three")
            try app.store.reviewPolicies.setPolicy(ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 1)), in: organization)
            try notYetAgain()
            try notYetAgain()
            #expect(try app.mails(to: "coach@riverbend.example").count == 1, "past the lowered limit: told once")
        }
    }

    @Test func theEducatorHearsTheDecisionAndTheCoachHearsOnceAtTheLimit() throws {
        try TestApp.with { app in
            try app.publishTextOnly("reflect", title: "Reflective practice")
            try app.assign(Self.assessor, toAssess: "reflect")
            let organization = try app.organization("riverbend").id
            try app.store.reviewPolicies.setPolicy(ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 2)), in: organization)
            let educator = try app.signedIn(Self.educator)
            let path = try app.enroll(educator, in: "reflect")
            let enrollment = try app.enrollment(at: path)

            var subjects: [[String]] = []
            for _ in 1...3 {
                try app.submit(educator, workspace: path)
                try app.decideLatest(of: enrollment, by: Self.assessor, level: "approaching")
                subjects.append(try app.mails(to: Self.educator).map(\.subject))
            }
            #expect(subjects[0] == ["Feedback on “Reflective practice”: not yet"])
            #expect(subjects[1].count == 3 && subjects[1].contains("A coach can help with “Reflective practice”"))
            #expect(subjects[2].count == 4, "a third not yet does not call the coach again")
            // Jordan's coaches: the designer coaches every school, the demo coach Jordan's school; the assessor coaches no one.
            for coach in ["designer@riverbend.example", "coach@riverbend.example"] {
                #expect(try app.mails(to: coach).map(\.subject) == ["Jordan Ellis could use your help with “Reflective practice”"])
            }
            #expect(try app.mails(to: Self.assessor).allSatisfy { !$0.subject.contains("could use your help") })
            let feedback = try #require(try app.mails(to: Self.educator).last)
            let first = try #require(try app.store.submissions.submissions(of: enrollment.id, in: organization).first)
            #expect(try app.link(in: feedback, to: "/earn/") == "/earn/\(enrollment.id.rawValue)/feedback/\(first.id.rawValue)")

            try app.submit(educator, workspace: path)
            try app.decideLatest(of: enrollment, by: Self.assessor, level: "demonstrated")
            #expect(try app.mails(to: Self.educator).first?.subject == "You earned “Reflective practice”")
        }
    }
}
