import CairnCore
@testable import CairnWeb
import Testing

/// While work waits for its decision, the choice form offers only to make a chosen item private.
@Suite struct PublicChoiceFormTests {
    let requirement = EvidenceRequirement(id: "r1", kind: .reflection, title: "Reflection", prompt: "Reflect on the lesson.",
                                          limits: EvidenceLimits(maxWords: 500), objectiveIDs: ["o1"])

    func form(isPublic: Bool, canChoose: Bool) -> String {
        PublicChoiceForm(enrollmentID: .init(rawValue: "e1"), requirement: requirement, isPublic: isPublic, canChange: true,
                         canChoose: canChoose, csrfToken: "token").render()
    }

    @Test func anItemNotChosenCannotBeChosenWhileTheWorkWaits() {
        let waiting = form(isPublic: false, canChoose: false)
        #expect(waiting.contains(PublicChoiceForm.waitingMessage) && !waiting.contains("<form"))
        #expect(form(isPublic: false, canChoose: true).contains("<form"))
    }

    @Test func aChosenItemCanStillBeMadePrivateWhileTheWorkWaits() {
        let chosen = form(isPublic: true, canChoose: false)
        #expect(chosen.contains("<form") && chosen.contains("checked") && !chosen.contains(PublicChoiceForm.waitingMessage))
    }
}
