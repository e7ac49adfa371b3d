import Foundation
import Testing
@testable import CairnCore

/// A feedback form with one thing wrong, and the error expected.
struct FeedbackCase: Sendable, CustomTestStringConvertible {
    let id: String
    let change: @Sendable (inout PilotFeedback) -> Void
    let expected: PilotFeedbackError?
    var testDescription: String { id }
}

@Suite struct PilotTests {
    static let versionID = MicrocredentialVersion.ID(rawValue: "v1")

    static func feedback(_ person: String, role: PilotParticipant.Role = .educator, items: [ItemFeedback] = [], relevance: Int = 4,
                         workload: Double = 10, recommend: Bool = true, comments: String = "") -> PilotFeedback {
        PilotFeedback(versionID: versionID, personID: Person.ID(rawValue: person), role: role, items: items, relevance: relevance,
                      workloadHours: workload, wouldRecommend: recommend, comments: comments, submittedAt: .fixture)
    }

    static let cases: [FeedbackCase] = [
        FeedbackCase(id: "boundaries are accepted", change: { f in
            f.items = [ItemFeedback(kind: .requirement, itemID: "r-plan", clarity: 1), ItemFeedback(kind: .criterion, itemID: "c-design", clarity: 5)]
            f.relevance = 5
            f.workloadHours = 200
        }, expected: nil),
        FeedbackCase(id: "zero hours and relevance 1 are accepted", change: { $0.workloadHours = 0; $0.relevance = 1 }, expected: nil),
        FeedbackCase(id: "clarity 0", change: { $0.items = [ItemFeedback(kind: .requirement, itemID: "r-plan", clarity: 0)] },
                     expected: .clarityOutOfRange(kind: .requirement, itemID: "r-plan")),
        FeedbackCase(id: "clarity 6", change: { $0.items = [ItemFeedback(kind: .criterion, itemID: "c-adjust", clarity: 6)] },
                     expected: .clarityOutOfRange(kind: .criterion, itemID: "c-adjust")),
        FeedbackCase(id: "relevance 0", change: { $0.relevance = 0 }, expected: .relevanceOutOfRange),
        FeedbackCase(id: "relevance 6", change: { $0.relevance = 6 }, expected: .relevanceOutOfRange),
        FeedbackCase(id: "negative workload", change: { $0.workloadHours = -0.5 }, expected: .workloadOutOfRange),
        FeedbackCase(id: "workload over 200 hours", change: { $0.workloadHours = 200.5 }, expected: .workloadOutOfRange),
        FeedbackCase(id: "workload not a number", change: { $0.workloadHours = .nan }, expected: .workloadOutOfRange),
        FeedbackCase(id: "an item the design lacks", change: { $0.items = [ItemFeedback(kind: .criterion, itemID: "r-plan", clarity: 3)] },
                     expected: .unknownItem(kind: .criterion, itemID: "r-plan")),
        FeedbackCase(id: "the same item twice", change: {
            $0.items = [ItemFeedback(kind: .requirement, itemID: "r-work", clarity: 3), ItemFeedback(kind: .requirement, itemID: "r-work", clarity: 4)]
        }, expected: .duplicateItem(kind: .requirement, itemID: "r-work")),
    ]

    @Test(arguments: cases)
    func feedbackIsValidated(_ c: FeedbackCase) {
        var f = Self.feedback("ana")
        c.change(&f)
        if let expected = c.expected {
            #expect(throws: expected) { try f.validate(against: .wellFormed) }
        } else {
            #expect(throws: Never.self) { try f.validate(against: .wellFormed) }
        }
    }

    @Test func withoutADesignAnyItemIdIsAccepted() throws {
        try Self.feedback("ana", items: [ItemFeedback(kind: .criterion, itemID: "anything", clarity: 2)]).validate()
    }

    @Test func theReportAggregatesFeedbackPerItemAndOverall() {
        let feedback = [
            Self.feedback("ana", items: [ItemFeedback(kind: .requirement, itemID: "r-reflect", clarity: 2, comment: "Which lesson?"),
                                         ItemFeedback(kind: .criterion, itemID: "c-adjust", clarity: 4)],
                          relevance: 5, workload: 12, recommend: true, comments: "Useful. "),
            Self.feedback("ben", items: [ItemFeedback(kind: .requirement, itemID: "r-reflect", clarity: 3, comment: "  "),
                                         ItemFeedback(kind: .requirement, itemID: "r-plan", clarity: 5, comment: "Clear")],
                          relevance: 3, workload: 8, recommend: false),
            Self.feedback("cy", role: .assessor, items: [ItemFeedback(kind: .requirement, itemID: "r-reflect", clarity: 5, comment: "Fine")],
                          relevance: 4, workload: 1.5, recommend: true, comments: ""),
        ]
        let report = PilotReport.make(design: .wellFormed, feedback: feedback, scores: [])
        #expect(report.responseCount == 3)
        #expect(report.averageRelevance == 4)                 // (5 + 3 + 4) / 3
        #expect(report.averageWorkloadHours == 7.166666666666667)  // (12 + 8 + 1.5) / 3 = 21.5 / 3
        #expect(report.shareRecommending == 2.0 / 3.0)
        #expect(report.comments == ["Useful."])
        #expect(report.items.map(\.itemID) == ["r-context", "r-plan", "r-work", "r-reflect", "c-design", "c-evidence", "c-adjust"])
        let reflect = report.items[3]
        #expect(reflect.kind == .requirement && reflect.title == "Reflection" && reflect.count == 3)
        #expect(reflect.averageClarity == 10.0 / 3.0)         // (2 + 3 + 5) / 3
        #expect(reflect.comments == ["Which lesson?", "Fine"])
        #expect(report.items[1].count == 1 && report.items[1].averageClarity == 5)
        #expect(report.items[0].count == 0 && report.items[0].averageClarity == nil)
        #expect(report.items[6].averageClarity == 4 && report.items[6].kind == .criterion)
        #expect(report.submissionCount == 0 && report.criteria.allSatisfy { $0.scoredCount == 0 && $0.shareNotYet == nil })
    }

    @Test func theReportShowsTheLevelsPerCriterionAndTheShareJudgedNotYet() {
        let scores: [[String: String]] = [
            ["c-design": "exemplary", "c-evidence": "approaching", "c-adjust": "demonstrated"],
            ["c-design": "demonstrated", "c-evidence": "not-yet", "c-adjust": "demonstrated"],
            ["c-design": "demonstrated", "c-evidence": "demonstrated", "c-adjust": "approaching"],
            ["c-design": "approaching", "c-evidence": "approaching"],  // c-adjust not scored yet
        ]
        let report = PilotReport.make(design: .wellFormed, feedback: [], scores: scores)
        #expect(report.submissionCount == 4)
        #expect(report.responseCount == 0 && report.averageRelevance == nil && report.shareRecommending == nil)
        let counts = report.criteria.map { $0.levels.map(\.count) }
        #expect(counts == [[0, 1, 2, 1], [1, 2, 1, 0], [0, 1, 2, 0]])
        #expect(report.criteria.map(\.scoredCount) == [4, 4, 3])
        #expect(report.criteria.map(\.notYetCount) == [1, 3, 1])  // below "demonstrated"
        #expect(report.criteria.map(\.shareNotYet) == [0.25, 0.75, 1.0 / 3.0])
        #expect(report.criteria[0].levels.map(\.level.id) == ["not-yet", "approaching", "demonstrated", "exemplary"])

        var points = Design.wellFormed
        points.rubric.successRule = .pointsAtLeast(minimum: 6, floor: "approaching")
        let byFloor = PilotReport.make(design: points, feedback: [], scores: scores)
        #expect(byFloor.criteria.map(\.notYetCount) == [0, 1, 0])  // below the floor "approaching"
        #expect(byFloor.criteria.map(\.shareNotYet) == [0, 0.25, 0])
    }
}
