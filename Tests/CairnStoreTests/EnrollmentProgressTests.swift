import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// Each enrollment's kept progress follows every submission, claim, release and decision, agrees
/// with CairnCore's derivation from the attempts, and gives a coach's cohort, on both engines.
@Suite struct EnrollmentProgressTests {
    struct Kept: Equatable {
        var status: EnrollmentStatus, attempts: Int, notYet: Int, lastActivity: Date
    }

    /// What the enrollment row keeps, read back through the cohort's own activity expression.
    static func kept(_ store: Store, _ id: Enrollment.ID) throws -> Kept {
        try store.database.read { tx in
            let row = try #require(try tx.queryOne("""
                SELECT e.status, e.attempts, e.not_yet_count, \(raw: EnrollmentRepository.activityExpression) AS activity
                FROM enrollments e WHERE e.id = \(id)
                """))
            return Kept(status: try row.get("status"), attempts: try row.get("attempts"), notYet: try row.get("not_yet_count"),
                        lastActivity: try row.get("activity"))
        }
    }

    /// The same figures derived in Swift from every attempt (`EnrollmentProgress`).
    static func derived(_ store: Store, _ world: EarningWorld) throws -> Kept {
        let progress = try #require(try store.enrollments.progress(of: [world.ana], in: world.org).first)
        return Kept(status: progress.status, attempts: progress.attempts, notYet: progress.notYetCount, lastActivity: progress.lastActivity)
    }

    @Test(arguments: TestDatabase.available)
    func theKeptProgressFollowsEveryStepOfAnAttempt(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let id = world.enrollment.id
            func check(_ expected: Kept, _ step: String) throws {
                #expect(try Self.kept(store, id) == expected, "\(step): kept")
                #expect(try Self.derived(store, world) == expected, "\(step): derived")
            }
            try check(Kept(status: .inProgress, attempts: 0, notYet: 0, lastActivity: .fixture), "enrolled")
            try world.fillWorkspace(store)
            let first = try store.submissions.submit(id, in: world.org, at: .fixture.plus(minutes: 5))
            try check(Kept(status: .submitted, attempts: 1, notYet: 0, lastActivity: .fixture.plus(minutes: 5)), "submitted")
            try store.submissions.claim(first.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 1))
            try check(Kept(status: .underReview, attempts: 1, notYet: 0, lastActivity: .fixture.plus(minutes: 5)), "claimed")
            try store.submissions.release(first.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 1))
            try check(Kept(status: .submitted, attempts: 1, notYet: 0, lastActivity: .fixture.plus(minutes: 5)), "released")
            try store.submissions.claim(first.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 1))
            try store.reviews.decide(first.id, by: world.cleo.id, scores: world.scores("approaching"), in: world.org, at: .fixture.plus(days: 2))
            try check(Kept(status: .notYet, attempts: 1, notYet: 1, lastActivity: .fixture.plus(days: 2)), "not yet")
            let second = try store.submissions.submit(id, in: world.org, at: .fixture.plus(days: 3))
            try check(Kept(status: .submitted, attempts: 2, notYet: 1, lastActivity: .fixture.plus(days: 3)), "resubmitted")
            try store.submissions.claim(second.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 4))
            try store.reviews.decide(second.id, by: world.cleo.id, scores: world.scores("demonstrated"), in: world.org, at: .fixture.plus(days: 5))
            try check(Kept(status: .earned, attempts: 2, notYet: 1, lastActivity: .fixture.plus(days: 5)), "earned")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aRefusedClaimOrDecisionChangesNothing(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture.plus(minutes: 5))
            let before = try Self.kept(store, world.enrollment.id)
            #expect(throws: ReviewError.self) {
                try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("demonstrated"), in: world.org, at: .fixture.plus(days: 1))
            }
            #expect(throws: ReviewError.self) { try store.submissions.release(submission.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 1)) }
            #expect(try Self.kept(store, world.enrollment.id) == before)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aCoachSeesStalledWorkFirstWithTheTotalsAndWhoHasNotStarted(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let coach = Person(email: try EmailAddress("coach@riverbend.example"), displayName: "Cora Coach", createdAt: .fixture)
            let membership = Membership(organizationID: world.org, personID: coach.id, roles: [.coach], createdAt: .fixture)
            try store.write { tx in
                try store.members.createPerson(coach, in: tx)
                try store.members.addMembership(membership, in: tx)
            }
            let devEnrollment = Enrollment(organizationID: world.org, educatorID: world.dev.id, microcredentialID: world.microcredential.id,
                                           versionID: world.version.id, startedAt: .fixture.plus(days: 20))
            try store.enrollments.enroll(devEnrollment)
            let now = Date.fixture.plus(days: 21)

            let cohort = try store.enrollments.cohort(coachedBy: membership, at: now, rows: 1, names: 1)
            #expect(cohort.total == 2 && cohort.stalled == 1)
            #expect(cohort.rows.map(\.educatorName) == ["Ana Lopez"], "Ana, quiet for 21 days, comes first; one row asked for")
            #expect(cohort.rows.first?.isStalled == true && cohort.rows.first?.status == .inProgress)
            #expect(cohort.notStarted == ["Cleo Park"] && cohort.notStartedTotal == 2, "Cleo and Eve have not started")

            let all = try store.enrollments.cohort(coachedBy: membership, at: now, rows: 10, names: 10)
            #expect(all.rows.map(\.educatorName) == ["Ana Lopez", "Dev Shah"])
            #expect(all.rows.map(\.isStalled) == [true, false])
            #expect(all.notStarted == ["Cleo Park", "Eve Stone"])

            let lakesideCoach = Membership(organizationID: world.fixture.lakeside.id, personID: coach.id, roles: [.coach], createdAt: .fixture)
            let lakeside = try store.enrollments.cohort(coachedBy: lakesideCoach, at: now, rows: 10, names: 10)
            #expect(lakeside.total == 0 && lakeside.rows.isEmpty, "another organization's coach sees none of Riverbend's work")
            #expect(lakeside.notStarted == ["Ben Okafor"])
        }
    }
}
