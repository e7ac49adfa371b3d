import CairnCore
@testable import CairnStore
import Foundation
import Testing

@Suite struct VersionSuccessionTests {
    @Test(arguments: TestDatabase.available)
    func publishingTheNextVersionRetiresThePreviousOneInTheSameStep(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (m, v1) = try f.make("discourse", .sample("Academic Discourse"), through: [.published], store: store)
            let v2 = try store.microcredentials.createNextDraft(from: v1.id, changeNote: "Clearer prompts.", at: .fixture.plus(days: 3),
                                                                in: f.riverbend.id)
            #expect(try store.microcredentials.versions(of: m.id, in: f.riverbend.id).map(\.state) == [.published, .draft])
            try store.microcredentials.transition(v2.id, to: .published, at: .fixture.plus(days: 4), in: f.riverbend.id)
            let versions = try store.microcredentials.versions(of: m.id, in: f.riverbend.id).sorted { $0.number < $1.number }
            #expect(versions.map(\.state) == [.retired, .published])
            #expect(versions.first?.retiredAt == .fixture.plus(days: 4))
            #expect(try store.microcredentials.catalog(organization: f.riverbend.id).map(\.version.number) == [2])
        }
    }

    @Test(arguments: TestDatabase.available)
    func revisingAPilotRetiresItWithTheNewDraft(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (m, pilot) = try f.make("feedback", .sample("Feedback on Writing"), through: [.pilot], store: store)
            _ = try store.microcredentials.createNextDraft(from: pilot.id, changeNote: "After the pilot.", at: .fixture.plus(days: 5),
                                                           in: f.riverbend.id)
            let versions = try store.microcredentials.versions(of: m.id, in: f.riverbend.id).sorted { $0.number < $1.number }
            #expect(versions.map(\.state) == [.retired, .draft])
            #expect(versions.first?.pilotStartedAt != nil)
            // The second revision is refused and changes nothing.
            #expect(throws: LifecycleError.draftAlreadyExists(number: 2)) {
                try store.microcredentials.createNextDraft(from: pilot.id, changeNote: "Again.", at: .fixture.plus(days: 6), in: f.riverbend.id)
            }
            #expect(try store.microcredentials.versions(of: m.id, in: f.riverbend.id).count == 2)
        }
    }
}

@Suite struct DraftConflictTests {
    @Test(arguments: TestDatabase.available)
    func aSaveBasedOnAnOutdatedDesignIsRefusedAndChangesNothing(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (_, v1) = try f.make("discourse", .sample("Academic Discourse"), store: store)
            let read = v1.design
            var first = v1
            try first.edit { $0.summary = "Saved first." }
            try store.microcredentials.saveDraft(first, basedOn: read, in: f.riverbend.id)
            var second = v1
            try second.edit { $0.competency = "Saved second, from the same reading." }
            #expect(throws: LifecycleError.draftChangedMeanwhile) {
                try store.microcredentials.saveDraft(second, basedOn: read, in: f.riverbend.id)
            }
            let stored = try store.microcredentials.findVersion(v1.id, in: f.riverbend.id).design
            #expect(stored.summary == "Saved first.")
            #expect(stored.competency == read.competency)
        }
    }
}
