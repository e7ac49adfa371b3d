@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Designing through `Designing`: who may, free slugs, saving a draft once, and the studio's pages
/// in a fixed number of queries.
@Suite struct DesigningTests {
    @Test func onlyTheOrganizationsDesignersMayDesign() throws {
        try RiverbendWorld.with { world in
            let id = world.version.microcredentialID
            for email in ["educator@riverbend.example", "admin@riverbend.example", "assessor@riverbend.example"] {
                let member = try world.member(email)
                #expect(throws: StudioError.notADesigner, "\(email)") { try world.designing.open(id, by: member) }
                #expect(throws: StudioError.notADesigner, "\(email)") { try world.designing.listPage(by: member) }
                #expect(throws: StudioError.notADesigner, "\(email)") { try world.designing.create(.blank(title: "Mine"), by: member) }
                #expect(throws: StudioError.notADesigner, "\(email)") { try world.designing.duplicate(id, by: member) }
                #expect(throws: StudioError.notADesigner, "\(email)") { try world.publishing.move(id, to: .retired, by: member) }
            }
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let stranger = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(stranger.has(.designer))
            #expect(throws: StudioError.microcredentialNotFound) { try world.designing.open(id, by: stranger) }
            #expect(throws: StudioError.microcredentialNotFound) { try world.designing.editorPage(id, by: stranger) }
            #expect(throws: StudioError.microcredentialNotFound) { try world.publishing.move(id, to: .retired, by: stranger) }
            #expect(try world.store.microcredentials.latestPublished(of: id, in: world.riverbend.id)?.id == world.version.id, "nothing moved")
        }
    }

    @Test func aNewMicrocredentialTakesTheFirstFreeSlugMadeFromItsTitle() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let second = try world.designing.create(.blank(title: "Reflective Practice!"), by: designer)
            let third = try world.designing.create(.blank(title: "Reflective practice"), by: designer)
            let slugs = try [second, third].map { try world.store.microcredentials.find($0.microcredentialID, in: world.riverbend.id).slug }
            #expect(slugs == ["reflective-practice-2", "reflective-practice-3"])
            #expect(second.state == .draft && second.number == 1)

            let copy = try world.designing.duplicate(world.version.microcredentialID, by: designer)
            #expect(copy.copy.design.title == "Copy of Reflective practice")
            #expect(copy.source.slug == "reflective-practice")
            #expect(try world.store.microcredentials.find(copy.copy.microcredentialID, in: world.riverbend.id).slug == "copy-of-reflective-practice")
        }
    }

    @Test func aDraftSavedMeanwhileIsNotOverwrittenAndAPublishedVersionNeverChanges() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let draft = try world.designing.create(.blank(title: "Questioning"), by: designer)
            let read = try world.designing.editorPage(draft.microcredentialID, by: designer).version
            var first = read.design
            first.summary = "Saved first."
            try world.designing.saveDraft(first, into: read, by: designer)
            var second = read.design
            second.summary = "Saved second, from the old page."
            #expect(throws: LifecycleError.draftChangedMeanwhile) { try world.designing.saveDraft(second, into: read, by: designer) }
            #expect(try world.store.microcredentials.findVersion(draft.id, in: world.riverbend.id).design.summary == "Saved first.")

            var changed = world.version.design
            changed.summary = "Changed after publishing."
            #expect(throws: LifecycleError.notADraft(.published)) {
                try world.designing.saveDraft(changed, into: world.version, by: designer)
            }
            #expect(try world.store.microcredentials.findVersion(world.version.id, in: world.riverbend.id).design == world.version.design)
        }
    }

    @Test func theEditorShowsTheLatestDraftAndThePilotItRevises() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let discourse = try world.store.microcredentials.find(slug: "academic-discourse", in: world.riverbend.id)
            let pilot = try #require(try world.store.microcredentials.versions(of: discourse.id, in: world.riverbend.id).last)
            #expect(try world.designing.editorPage(discourse.id, by: designer).revisedPilot == nil, "a pilot is not being revised")

            let revised = try world.publishing.revise(discourse.id, changeNote: "Clearer prompts.", by: designer)
            let editor = try world.designing.editorPage(discourse.id, by: designer)
            #expect(editor.version.id == revised.version.id)
            #expect(editor.revisedPilot?.version.id == pilot.id)
            let feedback = try world.store.pilots.feedback(for: pilot.id, in: world.riverbend.id)
            #expect(editor.revisedPilot?.report == PilotReport.make(design: pilot.design, feedback: feedback, scores: []))
        }
    }

    @Test func theStudioListTakesOneReadWhateverTheNumberOfMicrocredentials() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let few = try world.statements { try world.designing.listPage(by: designer) }
            for index in 1...12 { try world.designing.create(.blank(title: "Extra \(index)"), by: designer) }
            let many = try world.statements { try world.designing.listPage(by: designer) }
            #expect(many.value.entries.count == few.value.entries.count + 12)
            #expect(many.count == few.count)
            #expect(few.count <= 3, "BEGIN, the query, COMMIT")
        }
    }

    @Test func theEditorAndTheOverviewTakeAFixedNumberOfQueriesWhateverTheVersionsAndFeedback() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let discourse = try world.store.microcredentials.find(slug: "academic-discourse", in: world.riverbend.id)
            let pilot = try #require(try world.store.microcredentials.versions(of: discourse.id, in: world.riverbend.id).last)
            try world.publishing.revise(discourse.id, changeNote: "Clearer prompts.", by: designer)
            let few = try world.statements { try world.designing.editorPage(discourse.id, by: designer) }
            let fewOpen = try world.statements { try world.designing.open(discourse.id, by: designer) }

            for educator in try world.addEducators(8) {
                try world.store.pilots.addParticipant(PilotParticipant(versionID: pilot.id, personID: educator.person.id, role: .educator,
                                                                       joinedAt: Date()), in: world.riverbend.id)
                try world.store.pilots.saveFeedback(PilotFeedback(versionID: pilot.id, personID: educator.person.id, role: .educator,
                                                                  relevance: 4, workloadHours: 3, wouldRecommend: true, submittedAt: Date()),
                                                    in: world.riverbend.id)
            }
            let many = try world.statements { try world.designing.editorPage(discourse.id, by: designer) }
            let manyOpen = try world.statements { try world.designing.open(discourse.id, by: designer) }
            #expect((many.value.revisedPilot?.report.responseCount ?? 0) > (few.value.revisedPilot?.report.responseCount ?? 0))
            #expect(many.count == few.count)
            #expect(few.count <= 4, "one read: the microcredential with its versions, then the pilot's feedback")
            #expect(manyOpen.count == fewOpen.count && fewOpen.count <= 3)
        }
    }

    @Test func aDesignersFilesAreServedFromTheVersionTheyAskFor() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            let draft = try world.designing.create(.blank(title: "With a file"), by: designer)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-attachment-\(UUID().uuidString).txt").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try Data("A handout.".utf8).write(to: URL(fileURLWithPath: path))
            let reference = try world.designing.keepFile(at: path, by: designer)
            var design = draft.design
            design.attachments = [Attachment(blob: reference.id.hex, filename: "handout.txt", contentType: "text/plain", size: reference.size)]
            try world.designing.saveDraft(design, into: draft, by: designer)

            let served = try world.designing.attachment(reference.id.hex, ofVersion: nil, of: draft.microcredentialID, by: designer)
            #expect(served.filename == "handout.txt" && served.contentType == "text/plain")
            #expect(FileManager.default.contents(atPath: served.path) == Data("A handout.".utf8))
            #expect(try world.designing.attachment(reference.id.hex, ofVersion: 1, of: draft.microcredentialID, by: designer) == served)
            #expect(throws: StudioError.versionNotFound) {
                try world.designing.attachment(reference.id.hex, ofVersion: 2, of: draft.microcredentialID, by: designer)
            }
            #expect(throws: StudioError.fileNotFound) { try world.designing.image(ofVersion: nil, of: draft.microcredentialID, by: designer) }
            #expect(throws: StudioError.notADesigner) { try world.designing.keepFile(at: path, by: try world.member("educator@riverbend.example")) }
        }
    }
}
