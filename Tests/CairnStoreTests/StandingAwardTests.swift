import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// A microcredential is earned once while its award stands, on both engines: what stands (not revoked, not
/// expired; suspended still does), and the doors it holds at: enrolling and an assessor's *earned* decision.
@Suite struct StandingAwardTests {
    /// A direct award of the world's microcredential to `educator`, with a credential valid for a year from the fixture.
    @discardableResult
    func award(_ educator: Person.ID, _ world: EarningWorld, _ store: Store, index: Int = 0) throws -> (Award, IssuedCredential) {
        let award = Award.direct(of: world.version, in: world.org, to: educator, by: .commandLine, narrative: nil, at: .fixture)
        let credential = IssuedCredential(organizationID: world.org, educatorID: educator, awardID: award.id,
                                          microcredentialID: world.microcredential.id, name: "Questioning", statusIndex: index,
                                          document: "{}", issuedAt: .fixture, validUntil: Date.fixture.plus(days: 365))
        try store.write { tx in
            try store.reviews.insert(award, in: tx)
            try store.credentials.insert(credential, in: tx)
        }
        return (award, credential)
    }

    func change(_ credential: IssuedCredential, to status: CredentialStatus, _ world: EarningWorld, _ store: Store) throws {
        _ = try store.write { tx in
            try store.credentials.changeStatus(of: credential.id, in: world.org, to: status, reason: "Checked.", by: nil,
                                               at: .fixture.plus(days: 1), in: tx)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anAwardStandsWhileItsCredentialIsNeitherRevokedNorExpired(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (award, credential) = try award(world.eve.id, world, store)
            func standing(at now: Date) throws -> StandingAward? {
                try store.reviews.standingAward(of: world.eve.id, for: world.microcredential.id, in: world.org, at: now)
            }
            #expect(try standing(at: .fixture.plus(days: 2)) == StandingAward(awardID: award.id, credentialID: credential.id,
                                                                               validUntil: credential.validUntil))
            #expect(try standing(at: .fixture.plus(days: 365)) == nil, "expired: it may be earned again")
            #expect(try store.reviews.standingAward(of: world.dev.id, for: world.microcredential.id, in: world.org, at: .fixture) == nil)
            try change(credential, to: .suspended, world, store)
            #expect(try standing(at: .fixture.plus(days: 2))?.credentialID == credential.id, "a suspended credential still stands")
            try change(credential, to: .revoked, world, store)
            #expect(try standing(at: .fixture.plus(days: 2)) == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anEducatorsStandingAwardsAndOpenEnrollmentsAreReadForEveryMicrocredentialAtOnce(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (award, credential) = try award(world.eve.id, world, store)
            func held(by educator: Person.ID, at now: Date) throws -> [Microcredential.ID: StandingAward] {
                try store.database.read { try store.reviews.standingAwards(of: educator, in: world.org, at: now, in: $0) }
            }
            func started(by educator: Person.ID, pilot: Bool = false) throws -> [Microcredential.ID: Enrollment.ID] {
                try store.database.read { try store.enrollments.openEnrollments(of: educator, isPilot: pilot, in: world.org, in: $0) }
            }
            let standing = StandingAward(awardID: award.id, credentialID: credential.id, validUntil: credential.validUntil)
            #expect(try held(by: world.eve.id, at: .fixture.plus(days: 2)) == [world.microcredential.id: standing])
            #expect(try held(by: world.eve.id, at: .fixture.plus(days: 2))[world.microcredential.id]
                    == store.reviews.standingAward(of: world.eve.id, for: world.microcredential.id, in: world.org, at: .fixture.plus(days: 2)),
                    "the same rule as for one microcredential")
            #expect(try held(by: world.eve.id, at: .fixture.plus(days: 365)).isEmpty, "expired")
            #expect(try held(by: world.ana, at: .fixture.plus(days: 2)).isEmpty)
            #expect(try started(by: world.ana) == [world.microcredential.id: world.enrollment.id])
            #expect(try started(by: world.ana, pilot: true).isEmpty)
            #expect(try started(by: world.eve.id).isEmpty)
            try change(credential, to: .revoked, world, store)
            #expect(try held(by: world.eve.id, at: .fixture.plus(days: 2)).isEmpty, "revoked")
        }
    }

    @Test(arguments: TestDatabase.available)
    func enrollingIsRefusedWhileAnAwardStandsAndAllowedOnceItIsRevokedOrExpired(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (award, credential) = try award(world.eve.id, world, store)
            func enrollment(at startedAt: Date) -> Enrollment {
                Enrollment(organizationID: world.org, educatorID: world.eve.id, microcredentialID: world.microcredential.id,
                           versionID: world.version.id, startedAt: startedAt)
            }
            let refused = StandingAward(awardID: award.id, credentialID: credential.id, validUntil: credential.validUntil)
            #expect(throws: EnrollmentError.alreadyHolds(refused)) { try store.enrollments.enroll(enrollment(at: .fixture.plus(days: 2))) }
            #expect(try store.enrollments.enrollments(of: world.eve.id, in: world.org).isEmpty)
            // A renewal: once expired, they start again.
            try store.enrollments.enroll(enrollment(at: .fixture.plus(days: 366)))
            #expect(try store.enrollments.enrollments(of: world.eve.id, in: world.org).count == 1)

            let (_, devs) = try self.award(world.dev.id, world, store, index: 1)
            try change(devs, to: .revoked, world, store)
            try store.enrollments.enroll(Enrollment(organizationID: world.org, educatorID: world.dev.id, microcredentialID: world.microcredential.id,
                                                    versionID: world.version.id, startedAt: .fixture.plus(days: 2)))
        }
    }

    @Test(arguments: TestDatabase.available)
    func anEarnedDecisionIsRefusedInItsTransactionWhenAnAwardCameMeanwhile(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            // Given Ana's submission claimed by Cleo, and a direct award made to Ana while Cleo reviews it,
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
            let (award, credential) = try award(world.ana, world, store)
            // when Cleo decides *earned*, the decision is refused and nothing is written.
            let standing = StandingAward(awardID: award.id, credentialID: credential.id, validUntil: credential.validUntil)
            #expect(throws: ReviewError.educatorHoldsIt(standing)) {
                try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("exemplary"), in: world.org,
                                         at: .fixture.plus(minutes: 5))
            }
            #expect(try store.reviews.awards(of: world.ana, in: world.org).map(\.id) == [award.id])
            #expect(try store.reviews.review(of: submission.id, in: world.org) == nil)
            #expect(try store.submissions.find(submission.id, in: world.org).activeClaim(at: .fixture.plus(minutes: 5))?.assessorID == world.cleo.id)
        }
    }
}
