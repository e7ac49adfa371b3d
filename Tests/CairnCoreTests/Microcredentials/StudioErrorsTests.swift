@testable import CairnCore
import Testing

/// The studio's, the pilot's and the catalog's refusals: their kind, their sentence, their field.
@Suite struct StudioErrorsTests {
    static let refusals: [any DomainError & Sendable] = [
        StudioError.notADesigner, StudioError.microcredentialNotFound, StudioError.versionNotFound, StudioError.fileNotFound,
        PilotError.pilotNotFound, PilotError.notAParticipant, PilotError.notAMember, PilotError.roleNotChosen,
        CatalogError.organizationNotFound, CatalogError.microcredentialNotFound, CatalogError.versionNotFound, CatalogError.fileNotFound,
    ]

    @Test func eachRefusalSaysOneFinishedSentence() {
        for refusal in Self.refusals {
            #expect(refusal.message.count > 10 && refusal.message.hasSuffix("."), "\(refusal)")
        }
    }

    @Test func theKindFollowsWhatHappened() {
        #expect(StudioError.notADesigner.kind == .forbidden)
        #expect(StudioError.versionNotFound.kind == .notFound)
        #expect(PilotError.notAParticipant.kind == .forbidden)
        #expect(PilotError.pilotNotFound.kind == .notFound)
        #expect(PilotError.notAMember.kind == .invalidInput)
        #expect(CatalogError.versionNotFound.kind == .notFound)
    }

    @Test func aRefusedParticipantIsShownBesideItsField() {
        #expect(PilotError.notAMember.field == "email")
        #expect(PilotError.roleNotChosen.field == "role")
        #expect(PilotError.pilotNotFound.field == nil)
        #expect(StudioError.notADesigner.field == nil)
    }
}
