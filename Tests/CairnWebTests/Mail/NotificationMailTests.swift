import CairnApp
import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The words of notifications and their mail: links absolute, the pilot's review, digests across organizations.
@Suite struct NotificationMailTests {
    static let now = Date(timeIntervalSince1970: 1_740_819_600)
    static let person = Person(email: try! EmailAddress("sam@riverbend.example"), displayName: "Sam Osei", createdAt: now)
    static let riverbend = Organization.ID(rawValue: "riverbend"), lakeside = Organization.ID(rawValue: "lakeside")

    static func record(_ message: NotificationMessage, in organization: Organization.ID) -> NotificationRecord {
        NotificationRecord(organizationID: organization, personID: person.id, kind: message.kind, subject: message.subject,
                           text: message.text, link: message.link, delivery: .dailyDigest, createdAt: now)
    }

    @Test func aDecisionIsEarnedNotYetOrForAPilotAReviewDone() {
        let feedback = EarningEndpoints.feedback.path(Enrollment.ID(rawValue: "e1"), Submission.ID(rawValue: "s1"))
        #expect(feedback == "/earn/e1/feedback/s1")
        #expect(NotificationMessage.decided(.earned, title: "Questioning", isPilot: false, feedback: feedback).kind == .earned)
        #expect(NotificationMessage.decided(.notYet, title: "Questioning", isPilot: false, feedback: feedback).kind == .notYet)
        let pilot = NotificationMessage.decided(.notYet, title: "Questioning", isPilot: true, feedback: feedback)
        #expect(pilot.kind == .reviewDone)
        #expect(pilot.text.contains("pilot of “Questioning” (not yet)"))
    }

    @Test func aSingleMailGreetsLinksAbsolutelyAndSaysHowToChange() {
        let message = NotificationMessage.stalledReminder(title: "Questioning", link: EarningEndpoints.workspace.path(Enrollment.ID(rawValue: "e1")))
        let record = NotificationRecord(organizationID: Self.riverbend, personID: Self.person.id, kind: message.kind, subject: message.subject,
                                        text: message.text, link: message.link, delivery: .immediate, createdAt: Self.now)
        let mail = NotificationMail.single(record, to: Self.person, baseURL: "https://cairn.example.org", settings: NotificationLinks.endpoints.settings)
        #expect(mail.to == Self.person.email)
        #expect(mail.subject == "Your work on “Questioning” is waiting for you")
        #expect(mail.text.hasPrefix("Hello Sam Osei,\n\nIt has been two weeks"))
        #expect(mail.text.contains("\nhttps://cairn.example.org/earn/e1\n"))
        #expect(mail.text.hasSuffix("You get each of these messages as it happens. To change that: https://cairn.example.org/settings/notifications"))
    }

    @Test func aDigestFromSeveralOrganizationsNamesEach() {
        let message = NotificationMessage.submissionReceived(title: "Questioning", attempt: 2, queue: NotificationLinks.endpoints.reviewQueue)
        let names = [Self.riverbend: "Riverbend", Self.lakeside: "Lakeside Academy"]
        let one = NotificationMail.digest([Self.record(message, in: Self.riverbend)], to: Self.person, organizationNames: names,
                                          baseURL: "https://cairn.example.org", settings: NotificationLinks.endpoints.settings, at: Self.now)
        #expect(one.subject == "Your Cairn digest: one thing since yesterday")
        #expect(one.text.contains("• A submission is waiting: Questioning\n  An educator sent attempt 2 for “Questioning”."))
        #expect(one.text.contains("  https://cairn.example.org/review\n"))
        let two = NotificationMail.digest([Self.record(message, in: Self.riverbend), Self.record(message, in: Self.lakeside)],
                                          to: Self.person, organizationNames: names, baseURL: "https://cairn.example.org", settings: NotificationLinks.endpoints.settings, at: Self.now)
        #expect(two.text.contains("• Riverbend: A submission is waiting"))
        #expect(two.text.contains("• Lakeside Academy: A submission is waiting"))
        #expect(two.text.hasSuffix("You get these messages as one digest a day. To change that: https://cairn.example.org/settings/notifications"))
    }
}
