@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Starting a microcredential and submitting through `Earning`: one running enrollment, only one's
/// own, complete evidence, and the assessors told.
@Suite struct EarningTests {
    static let educator = "educator@riverbend.example"

    @Test func startingTwiceLeadsToTheFirstEnrollment() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member(Self.educator)
            let first = try world.earning.enroll(in: "reflective-practice", by: educator)
            let again = try world.earning.enroll(in: "reflective-practice", by: educator)
            #expect(first.isNew && !again.isNew)
            #expect(again.enrollmentID == first.enrollmentID)
            #expect(first.version.id == world.version.id)
            #expect(throws: EnrollmentError.notFound) { try world.earning.enroll(in: "no-such-thing", by: educator) }
            #expect(throws: EnrollmentError.notFound) { try world.earning.enroll(in: "reflective-practice", by: try world.member("coach@riverbend.example")) }
        }
    }

    @Test func anEducatorSubmitsTheirOwnCompleteWorkspaceAndTheAssessorsAreTold() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member(Self.educator)
            let enrolled = try world.earning.enroll(in: "reflective-practice", by: educator)

            let incomplete = #expect(throws: EnrollmentError.self) { try world.earning.submit(enrolled.enrollmentID, by: educator) }
            guard case .incomplete = incomplete else { Issue.record("incomplete, not \(String(describing: incomplete))"); return }
            #expect(throws: EnrollmentError.notFound) {
                try world.earning.submit(enrolled.enrollmentID, by: try world.member("mei.chen@riverbend.example"))
            }

            try world.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "I asked better questions."),
                                             to: enrolled.enrollmentID, in: world.riverbend.id, at: Date())
            let submitted = try world.earning.submit(enrolled.enrollmentID, by: educator)
            #expect(submitted.submission.attempt == 1 && submitted.title == "Reflective practice")
            let assessor = try world.member("assessor@riverbend.example")
            let told = try world.store.notifications.recent(for: assessor.person.id, in: world.riverbend.id)
            #expect(told.map(\.subject) == ["A submission is waiting: Reflective practice"])
            #expect(told.first?.link == "/review")
            #expect(throws: EnrollmentError.cannotSubmit(.submitted)) { try world.earning.submit(enrolled.enrollmentID, by: educator) }
        }
    }

    @Test func evidenceChangesUntilTheMicrocredentialIsEarned() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member(Self.educator)
            let enrolled = try world.earning.enroll(in: "reflective-practice", by: educator)
            #expect(throws: EnrollmentError.unknownRequirement("r9")) { try world.earning.editable("r9", of: enrolled.enrollmentID, by: educator) }
            let editable = try world.earning.editable("r1", of: enrolled.enrollmentID, by: educator)
            let saved = try world.earning.saveText(try EvidenceItem(requirementID: "r1", text: "Three small words", links: ["https://example.org"]),
                                                   in: editable)
            #expect(saved.entry.wordCount == 3 && saved.entry.links == ["https://example.org"])

            let submission = try world.earning.submit(enrolled.enrollmentID, by: educator).submission
            let assessor = try world.member("assessor@riverbend.example")
            try world.reviewing.claim(submission.id, by: assessor)
            try world.reviewing.decide(try world.reviewing.open(submission.id, by: assessor), RiverbendWorld.scored("demonstrated"))
            #expect(throws: EnrollmentError.evidenceLocked) { try world.earning.editable("r1", of: enrolled.enrollmentID, by: educator) }
        }
    }

    @Test func onlyThePilotsEducatorsStartItsPilotVersion() throws {
        try RiverbendWorld.with { world in
            let designer = try world.member("designer@riverbend.example")
            let draft = try world.store.microcredentials.create(
                Microcredential(organizationID: world.riverbend.id, slug: "pilot-practice", createdAt: Date(), createdBy: designer.person.id),
                design: RiverbendWorld.reflection)
            let pilot = try world.store.microcredentials.transition(draft.id, to: .pilot, at: Date(), in: world.riverbend.id)
            let educator = try world.member(Self.educator), luis = try world.member("luis.ortega@riverbend.example")
            try world.store.pilots.addParticipant(PilotParticipant(versionID: pilot.id, personID: educator.person.id, role: .educator, joinedAt: Date()),
                                                  in: world.riverbend.id)
            try world.store.pilots.addParticipant(PilotParticipant(versionID: pilot.id, personID: luis.person.id, role: .assessor, joinedAt: Date()),
                                                  in: world.riverbend.id)

            let first = try world.earning.enrollInPilot(pilot.id, by: educator)
            let again = try world.earning.enrollInPilot(pilot.id, by: educator)
            #expect(first.isNew && !again.isNew && again.enrollmentID == first.enrollmentID)
            #expect(try world.store.enrollments.find(first.enrollmentID, in: world.riverbend.id).isPilot)
            #expect(throws: EnrollmentError.notAPilotEducator) { try world.earning.enrollInPilot(pilot.id, by: luis) }
            #expect(throws: EnrollmentError.notAPilotEducator) {
                try world.earning.enrollInPilot(pilot.id, by: try world.member("mei.chen@riverbend.example"))
            }
            #expect(throws: EnrollmentError.notFound) { try world.earning.enrollInPilot(world.version.id, by: educator) }
        }
    }
}
