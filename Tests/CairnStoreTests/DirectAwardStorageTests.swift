import Foundation
import Synchronization
import Testing
import CairnCore
@testable import CairnStore

/// Direct awards beside decisions' awards, on both engines: no submission, the awarder, the
/// narrative; and migration 21 keeping the awards (and the credentials that point at them) stored before it.
@Suite struct DirectAwardStorageTests {
    /// Ana's submission claimed by Cleo and decided *earned*: its award. Under the schema of an earlier migration
    /// the workspace is written as it is (saving an entry now also settles public evidence choices, a later table).
    func decidedAward(_ world: EarningWorld, _ store: Store, rawWorkspace: Bool = false) throws -> Award {
        if rawWorkspace {
            try store.write { tx in
                try store.enrollments.write(try EvidenceItem(requirementID: "r1", text: "My plan.", files: [EarningWorld.pdf]),
                                            to: world.enrollment.id, at: .fixture, in: tx)
                try store.enrollments.write(try EvidenceItem(requirementID: "r2", files: [EarningWorld.video]), to: world.enrollment.id,
                                            at: .fixture, in: tx)
            }
        } else {
            try world.fillWorkspace(store)
        }
        let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
        try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
        return try #require(try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("exemplary"),
                                                     in: world.org, at: .fixture).1)
    }

    @Test(arguments: TestDatabase.available)
    func directAwardsKeepTheirAwarderAndNarrativeAndManyHaveNoSubmission(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let byAdmin = Award.direct(of: world.version, in: world.org, to: world.eve.id, by: .admin(world.ana),
                                       narrative: "Led the *summer* institute.", at: .fixture)
            let atCommandLine = Award.direct(of: world.version, in: world.org, to: world.dev.id, by: .commandLine, narrative: nil, at: .fixture)
            try store.write { tx in
                try store.reviews.insert(byAdmin, in: tx)
                try store.reviews.insert(atCommandLine, in: tx)
            }
            #expect(try store.reviews.award(byAdmin.id, in: world.org) == byAdmin)
            #expect(try store.reviews.award(atCommandLine.id, in: world.org) == atCommandLine)
            #expect(try store.reviews.awards(of: world.dev.id, in: world.org).map(\.source) == [.direct(by: .commandLine, narrative: nil)])
            // A decision's award is unchanged, and still one per submission.
            let decided = try decidedAward(world, store)
            #expect(try store.reviews.award(decided.id, in: world.org)?.source == decided.source)
            let again = Award(organizationID: world.org, educatorID: world.ana, microcredentialID: world.microcredential.id,
                              versionID: world.version.id, versionNumber: 1, title: "Again", results: [], decidedAt: .fixture,
                              assessorID: world.cleo.id, submissionID: try #require(decided.submissionID), evidenceHashes: [])
            #expect(throws: DatabaseError.self) { try store.write { try store.reviews.insert(again, in: $0) } }
        }
    }

    @Test(arguments: TestDatabase.available)
    func awardingTheSameEducatorFromManyTransactionsAtOnceAwardsOnce(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let awarded = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                let didAward = (try? store.write { tx in
                    try store.reviews.lockAwarding(world.microcredential.id, to: world.eve.id, in: tx)
                    let held = try store.pathways.progressAwards(of: world.eve.id, in: world.org, among: [world.microcredential.id], in: tx)
                    guard held.isEmpty else { return false }
                    try store.reviews.insert(Award.direct(of: world.version, in: world.org, to: world.eve.id, by: .commandLine,
                                                          narrative: nil, at: .fixture), in: tx)
                    return true
                }) ?? false
                if didAward { awarded.withLock { $0 += 1 } }
            }
            #expect(awarded.withLock { $0 } == 1)
            #expect(try store.reviews.awards(of: world.eve.id, in: world.org).count == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func migration21KeepsEarlierAwardsAndTheCredentialsThatPointAtThem(_ engine: TestDatabase) throws {
        try engine.withDatabase(migrated: false) { db in
            // Today's repositories write the cohort's copies of migration 23 (enrollments and memberships only)
            // and the schools' kept sizes of migration 25 (schools only).
            try Migrator.migrate(db, migrations: Migrator.all.filter { $0.number < 21 || $0.number == 23 || $0.number == 25 })
            let store = Store(database: db)
            let world = try EarningWorld(store: store)
            let decided = try decidedAward(world, store, rawWorkspace: true)
            let credential = IssuedCredential(organizationID: world.org, educatorID: world.ana, awardID: decided.id,
                                              microcredentialID: world.microcredential.id, name: "Questioning", statusIndex: 0,
                                              document: "{}", issuedAt: .fixture, validUntil: nil)
            try store.write { try store.credentials.insert(credential, in: $0) }

            #expect(try Migrator.migrate(db, migrations: Migrator.all.filter { $0.number <= 21 }).map(\.number) == [21])
            #expect(try store.reviews.award(decided.id, in: world.org) == decided)
            #expect(try store.credentials.credentials(forAward: decided.id).map(\.id) == [credential.id])
            // The references still hold: a credential of an award that does not exist is refused.
            let orphan = IssuedCredential(organizationID: world.org, educatorID: world.ana, awardID: Award.ID(rawValue: "nowhere"),
                                          microcredentialID: nil, name: "Orphan", statusIndex: 1, document: "{}", issuedAt: .fixture,
                                          validUntil: nil)
            #expect(throws: DatabaseError.self) { try store.write { try store.credentials.insert(orphan, in: $0) } }
            // A decision's award still needs its assessor.
            #expect(throws: DatabaseError.self) {
                try store.write { tx in
                    try tx.execute("UPDATE awards SET assessor_id = NULL WHERE id = \(decided.id)")
                }
            }
        }
    }
}
