import CairnCore
@testable import CairnStore
import Foundation
import Testing

/// The educator's choice of evidence to show with their credential, on both engines.
@Suite struct PublicEvidenceRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func aChoiceIsKeptOncePerItemUntilMadePrivateAgain(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let id = world.enrollment.id
            #expect(try store.enrollments.publicChoices(of: id, in: world.org).isEmpty, "private by default")
            try store.write { tx in
                try store.enrollments.setPublic(true, requirement: "r2", of: id, at: .fixture, in: tx)
                try store.enrollments.setPublic(true, requirement: "r1", of: id, at: .fixture.plus(minutes: 1), in: tx)
                try store.enrollments.setPublic(true, requirement: "r1", of: id, at: .fixture.plus(minutes: 2), in: tx)
            }
            #expect(try store.enrollments.publicChoices(of: id, in: world.org)
                == [PublicEvidenceChoice(requirementID: "r1", chosenAt: .fixture.plus(minutes: 1)),
                    PublicEvidenceChoice(requirementID: "r2", chosenAt: .fixture)], "choosing twice keeps the first choice")
            try store.write { tx in try store.enrollments.setPublic(false, requirement: "r2", of: id, at: .fixture, in: tx) }
            #expect(try store.enrollments.publicChoices(of: id, in: world.org).map(\.requirementID) == ["r1"])
            #expect(try store.enrollments.publicChoices(of: id, in: world.fixture.lakeside.id).isEmpty, "another organization reads nothing")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aChosenItemIsWithdrawnOnce(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let id = world.enrollment.id
            try store.write { tx in try store.enrollments.setPublic(true, requirement: "r1", of: id, at: .fixture, in: tx) }
            let withdrawn = try store.write { tx in
                try store.enrollments.withdrawPublic(requirement: "r1", of: id, at: .fixture.plus(days: 3), in: tx)
            }
            #expect(withdrawn)
            #expect(try store.write { tx in try store.enrollments.withdrawPublic(requirement: "r1", of: id, at: .fixture, in: tx) } == false)
            #expect(try store.write { tx in try store.enrollments.withdrawPublic(requirement: "r2", of: id, at: .fixture, in: tx) } == false,
                    "an item never chosen is not withdrawn")
            #expect(try store.enrollments.publicChoices(of: id, in: world.org)
                == [PublicEvidenceChoice(requirementID: "r1", chosenAt: .fixture, withdrawnAt: .fixture.plus(days: 3))])
        }
    }

    @Test(arguments: TestDatabase.available)
    func aTakedownKeepsWhoWhenAndWhyAndHappensOnce(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let id = world.enrollment.id
            try store.write { tx in
                try store.enrollments.setPublic(true, requirement: "r1", of: id, at: .fixture, in: tx)
                try store.enrollments.setPublic(true, requirement: "r2", of: id, at: .fixture, in: tx)
            }
            let takedown = PublicEvidenceTakedown(at: .fixture.plus(days: 2), by: world.cleo.id, reason: "A parent asked: her child's face shows.")
            #expect(try store.write { try store.enrollments.takeDownPublic(requirement: "r1", of: id, takedown, in: $0) })
            #expect(try store.write { try store.enrollments.takeDownPublic(requirement: "r1", of: id, takedown, in: $0) } == false, "once")
            #expect(try store.write { try store.enrollments.takeDownPublic(requirement: "r3", of: id, takedown, in: $0) } == false,
                    "an item never chosen is not taken down")
            _ = try store.write { try store.enrollments.withdrawPublic(requirement: "r2", of: id, at: .fixture, in: $0) }
            #expect(try store.write { try store.enrollments.takeDownPublic(requirement: "r2", of: id, takedown, in: $0) } == false,
                    "a withdrawn item is gone already")
            #expect(try store.enrollments.publicChoices(of: id, in: world.org)
                == [PublicEvidenceChoice(requirementID: "r1", chosenAt: .fixture, takedown: takedown),
                    PublicEvidenceChoice(requirementID: "r2", chosenAt: .fixture, withdrawnAt: .fixture)])
        }
    }
}
