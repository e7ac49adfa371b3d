import CairnCore
@testable import CairnStore
import Foundation
import Testing

/// A choice to show an evidence item is consent to what it held then, on both engines: changing its
/// content makes it private again and keeps the lapse; saving it unchanged or choosing again does not.
@Suite struct PublicEvidenceConsentTests {
    @Test(arguments: TestDatabase.available)
    func changingAChosenItemsContentLapsesItsChoiceUntilChosenAgain(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let id = world.enrollment.id
            try world.fillWorkspace(store)
            try store.write { tx in
                try store.enrollments.setPublic(true, requirement: "r1", of: id, at: .fixture, in: tx)
                try store.enrollments.setPublic(true, requirement: "r2", of: id, at: .fixture, in: tx)
            }
            func lapses() throws -> [String: Date] { try store.database.read { try store.enrollments.publicChoiceLapses(of: id, in: $0) } }

            // Saving what it already holds changes nothing.
            let unchanged = try store.enrollments.updateEntryLapsing("r1", of: id, in: world.org, at: .fixture.plus(minutes: 1)) { _ in }
            #expect(!unchanged.publicChoiceLapsed)
            // A new text, a link, a file removed: each is a change of content.
            let retexted = try store.enrollments.updateEntryLapsing("r1", of: id, in: world.org, at: .fixture.plus(minutes: 2)) {
                $0.text = "My plan, revised after the feedback."
            }
            #expect(retexted.publicChoiceLapsed)
            try store.enrollments.updateEntry("r2", of: id, in: world.org, at: .fixture.plus(minutes: 3)) { $0.files = [] }
            #expect(try store.enrollments.publicChoices(of: id, in: world.org).isEmpty)
            #expect(try lapses() == ["r1": .fixture.plus(minutes: 2), "r2": .fixture.plus(minutes: 3)])
            // Changing a private item lapses nothing.
            #expect(!(try store.enrollments.updateEntryLapsing("r1", of: id, in: world.org, at: .fixture.plus(minutes: 4)) {
                $0.text = "Again."
            }.publicChoiceLapsed))

            // Ticking it again (or choosing private) settles the lapse.
            try store.write { tx in
                try store.enrollments.setPublic(true, requirement: "r1", of: id, at: .fixture.plus(minutes: 5), in: tx)
                try store.enrollments.setPublic(false, requirement: "r2", of: id, at: .fixture.plus(minutes: 5), in: tx)
            }
            #expect(try lapses().isEmpty)
            #expect(try store.enrollments.publicChoices(of: id, in: world.org).map(\.requirementID) == ["r1"])
        }
    }
}
