@testable import CairnApp
import CairnCore
@testable import CairnStore
import Foundation
import Testing

/// A microcredential is earned once while its award stands, at every door: starting it, an assessor's
/// *earned* decision, and a direct award; a revoked or expired credential lets the educator earn it again.
@Suite struct EarningOnceTests {
    static let educator = "educator@riverbend.example", admin = "admin@riverbend.example"

    /// The educator's microcredential earned by the demo assessor's decision: its credential.
    func earned(_ world: RiverbendWorld) throws -> IssuedCredential {
        let submission = try world.submission(by: Self.educator)
        return try #require(try world.decide(submission, at: "demonstrated").credential)
    }

    func expire(_ credential: IssuedCredential, _ world: RiverbendWorld) throws {
        try world.store.write { tx in
            try tx.execute("UPDATE credentials SET valid_until = \(Date().addingTimeInterval(-86400)) WHERE id = \(credential.id)")
        }
    }

    @Test func whoHoldsItCannotStartItAgainUntilItIsRevoked() throws {
        try RiverbendWorld.with { world in
            let credential = try earned(world)
            let educator = try world.member(Self.educator)
            let refused = #expect(throws: EnrollmentError.self) { try world.earning.enroll(in: "reflective-practice", by: educator) }
            guard case .alreadyHolds(let standing) = refused else { Issue.record("not refused as held: \(String(describing: refused))"); return }
            #expect(standing.credentialID == credential.id)
            #expect(refused?.message == "You already hold this microcredential, so you cannot start it again.")
            try world.credentials.changeStatus(credential.id, to: .revoked, reason: "Awarded in error.", by: try world.member(Self.admin))
            #expect(try world.earning.enroll(in: "reflective-practice", by: educator).isNew)
        }
    }

    @Test func anExpiredCredentialIsRenewedByEarningItAgain() throws {
        try RiverbendWorld.with { world in
            let credential = try earned(world)
            try expire(credential, world)
            let enrolled = try world.earning.enroll(in: "reflective-practice", by: try world.member(Self.educator))
            #expect(enrolled.isNew)
        }
    }

    @Test func anEarnedDecisionIsRefusedWhenADirectAwardCameWhileItWasReviewed() throws {
        try RiverbendWorld.with { world in
            // Given the educator's submission claimed by the assessor, and an award that reached the educator meanwhile
            let submission = try world.submission(by: Self.educator)
            let assessor = try world.member("assessor@riverbend.example")
            try world.reviewing.claim(submission.id, by: assessor)
            let educator = try world.member(Self.educator).person.id
            let award = Award.direct(of: world.version, in: world.riverbend.id, to: educator, by: .commandLine, narrative: nil, at: Date())
            try world.store.write { try world.store.reviews.insert(award, in: $0) }
            let (credentials, notifications) = (try world.rows(in: "credentials"), try world.rows(in: "notifications"))
            // when the assessor decides earned, nothing is recorded and they are told why.
            #expect(throws: ReviewError.educatorHoldsIt(StandingAward(awardID: award.id, credentialID: nil, validUntil: nil))) {
                try world.reviewing.decide(try world.reviewing.open(submission.id, by: assessor), RiverbendWorld.scored("demonstrated"))
            }
            #expect(try world.rows(in: "awards") == 1)
            #expect(try world.rows(in: "reviews") == 0)
            #expect(try world.rows(in: "credentials") == credentials)
            #expect(try world.rows(in: "notifications") == notifications)
        }
    }

    @Test func aDirectAwardRenewsAnExpiredCredentialButNotOneInForce() throws {
        try RiverbendWorld.with { world in
            let credential = try earned(world)
            let bulk = BulkAwarding(installation: world.installation, notifications: world.notifications)
            let list = try DirectAwardList(pasted: Self.educator), admin = try world.member(Self.admin)
            #expect(try bulk.award(world.version.microcredentialID, to: list, by: admin).rows.map(\.outcome) == [.refused(.alreadyHolds)])
            try expire(credential, world)
            #expect(try bulk.award(world.version.microcredentialID, to: list, by: admin).awarded.count == 1)
        }
    }
}
