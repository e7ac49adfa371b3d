@testable import CairnCore
import Foundation
import Testing

/// Which items of a submission are public: the chosen ones, in the design's order, numbered from 1.
@Suite struct PublicEvidenceTests {
    static var design: Design {
        var design = Design.blank(title: "Questioning")
        design.parts = [RequirementPart(id: "p1", title: "Evidence", requirements: [
            EvidenceRequirement(id: "plan", kind: .lessonPlan, title: "Lesson plan"),
            EvidenceRequirement(id: "work", kind: .studentWork, title: "Student work"),
            EvidenceRequirement(id: "reflection", kind: .reflection, title: "Reflection"),
        ])]
        return design
    }

    static let snapshot = EvidenceSnapshot(items: [
        try! EvidenceItem(requirementID: "plan", text: "My plan."),
        try! EvidenceItem(requirementID: "work", text: "Samples."),
        try! EvidenceItem(requirementID: "reflection", text: "What I learned."),
    ])

    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func nothingIsPublicUntilChosen() {
        #expect(PublicEvidence.list(Self.snapshot, design: Self.design, choices: []).isEmpty)
    }

    @Test func theChosenItemsComeInTheDesignsOrderNumberedFromOne() {
        let choices = [PublicEvidenceChoice(requirementID: "reflection", chosenAt: Self.now),
                       PublicEvidenceChoice(requirementID: "plan", chosenAt: Self.now, withdrawnAt: Self.now)]
        let list = PublicEvidence.list(Self.snapshot, design: Self.design, choices: choices)
        #expect(list.map(\.requirement.id) == ["plan", "reflection"])
        #expect(list.map(\.number) == [1, 2])
        #expect(list.map(\.isWithdrawn) == [true, false])
        #expect(list[1].item.text == "What I learned.")
    }

    @Test func aChoiceForAnItemNotSubmittedShowsNothing() {
        let partial = EvidenceSnapshot(items: [try! EvidenceItem(requirementID: "work", text: "Samples.")])
        let list = PublicEvidence.list(partial, design: Self.design, choices: [PublicEvidenceChoice(requirementID: "plan", chosenAt: Self.now),
                                                                            PublicEvidenceChoice(requirementID: "gone", chosenAt: Self.now)])
        #expect(list.isEmpty)
    }

    @Test(arguments: EnrollmentStatus.allCases)
    func choicesStayOpenUntilEarned(_ status: EnrollmentStatus) {
        #expect(PublicEvidence.choicesOpen(status) == (status != .earned))
    }
}
