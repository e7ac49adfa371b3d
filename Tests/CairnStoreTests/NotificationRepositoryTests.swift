import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// Notifications, digests, a coach's cohort, stalled enrollments and who assesses what, on both engines.
@Suite struct NotificationRepositoryTests {
    static func notice(_ world: EarningWorld, to person: Person.ID, _ delivery: NotificationPreference, at date: Date,
                       subject: String = "A submission is waiting", kind: NotificationKind = .submissionReceived) -> NotificationRecord {
        NotificationRecord(organizationID: world.org, personID: person, kind: kind, subject: subject, text: "Some text.",
                           link: "/review", enrollmentID: world.enrollment.id, delivery: delivery, createdAt: date)
    }

    @Test(arguments: TestDatabase.available)
    func anImmediateNotificationIsRecordedWithItsMail(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let notice = Self.notice(world, to: world.cleo.id, .immediate, at: .fixture)
            let mail = OutgoingMail(to: world.cleo.email, organizationID: world.org, subject: notice.subject, text: "Hello", createdAt: .fixture)
            try store.write { try store.notifications.add(notice, mail: mail, in: $0) }
            #expect(try store.outbox.fetch(mail.id) == mail)
            let recent = try store.notifications.recent(for: world.cleo.id, in: world.org)
            #expect(recent.map(\.id) == [notice.id])
            #expect(recent.first?.sentAt == .fixture)
            #expect(recent.first?.enrollmentID == world.enrollment.id)
            #expect(try store.notifications.recent(for: world.cleo.id, in: world.fixture.lakeside.id).isEmpty)
            #expect(try store.notifications.peopleDueForDigest(waitingSince: .fixture.plus(days: 2)).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aDigestTakesEveryWaitingItemOnceInOneMail(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let first = Self.notice(world, to: world.cleo.id, .dailyDigest, at: .fixture, subject: "First")
            let second = Self.notice(world, to: world.cleo.id, .dailyDigest, at: .fixture.plus(minutes: 60), subject: "Second")
            let devs = Self.notice(world, to: world.dev.id, .dailyDigest, at: .fixture.plus(minutes: 23 * 60))
            try store.write { tx in for notice in [second, first, devs] { try store.notifications.add(notice, mail: nil, in: tx) } }
            #expect(try store.notifications.peopleDueForDigest(waitingSince: .fixture.plus(minutes: 30)) == [world.cleo.id])

            let mail = try store.notifications.sendDigest(to: world.cleo.id, at: .fixture.plus(days: 1)) { items in
                #expect(items.map(\.subject) == ["First", "Second"])
                return OutgoingMail(to: world.cleo.email, organizationID: world.org, subject: "Digest", text: items.map(\.subject).joined(separator: ", "),
                                    createdAt: .fixture.plus(days: 1))
            }
            #expect(try store.outbox.fetch(try #require(mail).id)?.text == "First, Second")
            #expect(try store.notifications.recent(for: world.cleo.id, in: world.org).allSatisfy { $0.sentAt == .fixture.plus(days: 1) })
            #expect(try store.notifications.sendDigest(to: world.cleo.id, at: .fixture.plus(days: 2)) { _ in
                Issue.record("nothing is left to compose")
                return OutgoingMail(to: world.cleo.email, organizationID: world.org, subject: "", text: "", createdAt: .fixture)
            } == nil)
            #expect(try store.notifications.peopleDueForDigest(waitingSince: .fixture.plus(days: 2)) == [world.dev.id])
            #expect(try store.outbox.recent().count == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func progressCountsAttemptsNotYetAndTheLatestActivity(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture.plus(minutes: 5))
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 1))
            try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("approaching"), in: world.org,
                                     at: .fixture.plus(days: 2))
            let progress = try store.enrollments.progress(of: [world.ana, world.eve.id], in: world.org)
            #expect(progress.count == 1)
            let ana = try #require(progress.first)
            #expect(ana.enrollment.id == world.enrollment.id)
            #expect(ana.title == world.version.design.title)
            #expect(ana.status == .notYet)
            #expect((ana.attempts, ana.notYetCount) == (1, 1))
            #expect(ana.lastActivity == .fixture.plus(days: 2))
            #expect(try store.enrollments.progress(of: [], in: world.org).isEmpty)
            #expect(try store.enrollments.progress(of: [world.ana], in: world.fixture.lakeside.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aStalledEnrollmentIsRemindedOncePerQuietSpell(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            #expect(try store.enrollments.needingStalledReminder(at: .fixture.plus(days: 13)).isEmpty)
            #expect(try store.enrollments.needingStalledReminder(at: .fixture.plus(days: 14)).map(\.id) == [world.enrollment.id])
            let reminder = Self.notice(world, to: world.ana, .immediate, at: .fixture.plus(days: 14), kind: .stalledReminder)
            try store.write { try store.notifications.add(reminder, mail: nil, in: $0) }
            #expect(try store.enrollments.needingStalledReminder(at: .fixture.plus(days: 40)).isEmpty)

            try world.fillWorkspace(store, at: .fixture.plus(days: 20))
            #expect(try store.enrollments.needingStalledReminder(at: .fixture.plus(days: 33)).isEmpty)
            #expect(try store.enrollments.needingStalledReminder(at: .fixture.plus(days: 34)).map(\.id) == [world.enrollment.id])
            try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture.plus(days: 21))
            #expect(try store.enrollments.needingStalledReminder(at: .fixture.plus(days: 60)).isEmpty, "waiting on an assessor")
        }
    }

    @Test(arguments: TestDatabase.available)
    func assessorsAreThoseAssignedToTheMicrocredentialOrToAll(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            #expect(Set(try store.submissions.assessors(of: world.microcredential.id, in: world.org)) == [world.cleo.id, world.dev.id])
            #expect(try store.submissions.assessors(of: world.microcredential.id, in: world.fixture.lakeside.id).isEmpty)
            let expected = [AssessedMicrocredential(id: world.microcredential.id, title: world.version.design.title)]
            #expect(try store.submissions.assessedMicrocredentials(by: world.cleo.id, in: world.org) == expected)
            #expect(try store.submissions.assessedMicrocredentials(by: world.dev.id, in: world.org) == expected)
            #expect(try store.submissions.assessedMicrocredentials(by: world.eve.id, in: world.org).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func notificationPreferencesAreUnsetUntilChosen(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            #expect(try store.notifications.notificationPreference(of: world.ana, in: world.org) == nil)
            try store.notifications.setNotificationPreference(.dailyDigest, of: world.ana, in: world.org)
            #expect(try store.notifications.notificationPreference(of: world.ana, in: world.org) == .dailyDigest)
            #expect(try store.notifications.notificationPreference(of: world.ana, in: world.fixture.lakeside.id) == nil)
        }
    }
}
