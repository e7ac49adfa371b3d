@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The lifecycle through `Publishing`: each step whole or not at all.
@Suite struct PublishingTests {
    @Test func publishingANewVersionRetiresThePublishedOneInTheSameStep() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let id = world.version.microcredentialID
            let next = try world.publishing.revise(id, changeNote: "A second prompt.", by: designer)
            #expect(next.version.number == 2 && next.version.state == .draft && next.version.changeNote == "A second prompt.")
            #expect(throws: LifecycleError.cannotReviseADraft, "the latest version is the draft") {
                try world.publishing.revise(id, changeNote: "Again.", by: designer)
            }
            let published = try world.publishing.move(id, to: .published, by: designer)
            #expect(published.version.number == 2 && published.version.state == .published)
            let states = try world.store.microcredentials.versions(of: id, in: world.riverbend.id).map(\.state)
            #expect(states == [.retired, .published])
            let retired = try world.publishing.move(id, to: .retired, by: designer)
            #expect(retired.version.number == 2)
            #expect(try world.store.microcredentials.latestPublished(of: id, in: world.riverbend.id) == nil)
        }
    }

    @Test func aDesignWithCheckerErrorsIsNeitherPilotedNorPublished() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let draft = try world.designing.create(.blank(title: "Unfinished"), by: designer)
            let errors = DesignChecker.check(draft.design).errors.count
            #expect(throws: LifecycleError.designHasErrors(count: errors)) {
                try world.publishing.move(draft.microcredentialID, to: .pilot, by: designer)
            }
            #expect(throws: LifecycleError.designHasErrors(count: errors)) {
                try world.publishing.move(draft.microcredentialID, to: .published, by: designer)
            }
            #expect(try world.store.microcredentials.findVersion(draft.id, in: world.riverbend.id).state == .draft, "nothing changed")
        }
    }

    @Test func revisingAPilotEndsItWithTheNewDraft() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let discourse = try world.store.microcredentials.find(slug: "academic-discourse", in: world.riverbend.id)
            let next = try world.publishing.revise(discourse.id, changeNote: "Clearer prompts.", by: designer)
            let states = try world.store.microcredentials.versions(of: discourse.id, in: world.riverbend.id).map(\.state)
            #expect(states == [.retired, .draft])
            #expect(next.version.number == 2)
            #expect(throws: PilotError.pilotNotFound) { try world.piloting.page(discourse.id, by: designer) }
        }
    }
}
