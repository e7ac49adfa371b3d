import Foundation
import Testing
@testable import CairnCore

@Suite struct ReviewTests {
    let rubric = Earning.design.rubric

    func review(_ c1: String, _ c2: String, override: Review.Override? = nil, by assessor: Person.ID = Earning.ben,
                submission: Submission = Earning.claimed(), at now: Date = Earning.now) throws(ReviewError) -> Review {
        try Review.make(id: .init(rawValue: "rv"), of: submission, by: assessor, scores: Earning.scores(c1, c2), override: override, rubric: rubric, at: now)
    }

    @Test(arguments: [("demonstrated", "demonstrated", Decision.earned), ("exemplary", "demonstrated", .earned),
                      ("demonstrated", "approaching", .notYet), ("not-yet", "exemplary", .notYet)])
    func theDecisionComesFromTheVersionsSuccessRule(_ c1: String, _ c2: String, _ expected: Decision) throws {
        let judged = try review(c1, c2)
        #expect(judged.computedDecision == expected)
        #expect(judged.decision == expected)
    }

    @Test func aPointsRuleIsAppliedToo() throws {
        var design = Earning.design
        design.rubric.successRule = .pointsAtLeast(minimum: 5, floor: "approaching")
        let scores = Earning.scores("exemplary", "demonstrated")
        #expect(try Review.make(of: Earning.claimed(), by: Earning.ben, scores: scores, rubric: design.rubric, at: Earning.now).decision == .earned)
        #expect(try Review.make(of: Earning.claimed(), by: Earning.ben, scores: Earning.scores("exemplary", "approaching"),
                                rubric: design.rubric, at: Earning.now).decision == .notYet)
    }

    @Test func scoresAreKeptInRubricOrderWithFeedback() throws {
        let review = try Review.make(of: Earning.claimed(), by: Earning.ben, scores: Earning.scores("exemplary", "approaching").reversed(),
                                     rubric: rubric, at: Earning.now)
        #expect(review.scores.map(\.criterionID) == ["c1", "c2"])
        #expect(review.scores[0].feedback == "Good questions.")
    }

    @Test func everyCriterionNeedsAScore() {
        #expect(throws: ReviewError.rubricIncomplete(missing: ["c2"])) {
            try Review.make(of: Earning.claimed(), by: Earning.ben, scores: [ScoreEntry(criterionID: "c1", levelID: "exemplary")],
                            rubric: rubric, at: Earning.now)
        }
    }

    @Test func levelsAndCriteriaMustBeTheRubrics() {
        #expect(throws: ReviewError.unknownLevel("superb", criterion: "c2")) { try review("exemplary", "superb") }
        #expect(throws: ReviewError.unknownCriterion("c9")) {
            try Review.make(of: Earning.claimed(), by: Earning.ben, scores: Earning.scores("exemplary", "exemplary") + [ScoreEntry(criterionID: "c9", levelID: "exemplary")],
                            rubric: rubric, at: Earning.now)
        }
    }

    @Test func anOverrideNeedsAWrittenJustificationWhichIsKept() throws {
        #expect(throws: ReviewError.justificationRequired) {
            try review("demonstrated", "approaching", override: .init(decision: .earned, justification: "  "))
        }
        let overridden = try review("demonstrated", "approaching", override: .init(decision: .earned, justification: "The second clip shows it."))
        #expect(overridden.computedDecision == .notYet)
        #expect(overridden.decision == .earned)
        #expect(overridden.override?.justification == "The second clip shows it.")
    }

    @Test func anOverrideThatAgreesWithTheRuleIsDropped() throws {
        #expect(try review("exemplary", "exemplary", override: .init(decision: .earned, justification: "")).override == nil)
    }

    @Test func onlyTheAssessorHoldingARunningClaimMayDecide() {
        #expect(throws: ReviewError.notClaimedByYou) { try review("exemplary", "exemplary", by: Earning.cleo) }
        #expect(throws: ReviewError.notClaimedByYou) { try review("exemplary", "exemplary", submission: Earning.submission()) }
        #expect(throws: ReviewError.claimExpired) { try review("exemplary", "exemplary", at: Earning.now.addingTimeInterval(48 * 3600)) }
        #expect(throws: ReviewError.assessorIsAuthor) { try review("exemplary", "exemplary", by: Earning.ana) }
    }

    @Test func decidingTwiceIsRefused() throws {
        var submission = Earning.claimed()
        let judged = try review("exemplary", "exemplary", submission: submission)
        try submission.decide(judged, at: Earning.now)
        #expect(submission.decision == .earned)
        #expect(throws: ReviewError.alreadyDecided(.init(rawValue: "s1"))) { try submission.decide(judged, at: Earning.now) }
    }

    @Test func earnedCreatesAnAwardWithEverythingTheCredentialNeeds() throws {
        let version = MicrocredentialVersion(id: .init(rawValue: "v1"), microcredentialID: .init(rawValue: "m1"), number: 2, state: .published, design: Earning.design, createdAt: Earning.now)
        let submission = Earning.claimed()
        let award = try #require(Award.make(id: .init(rawValue: "aw"), for: try review("exemplary", "demonstrated"), of: submission, version: version))
        #expect(award == Award(id: .init(rawValue: "aw"), organizationID: Earning.org, educatorID: Earning.ana, microcredentialID: .init(rawValue: "m1"), versionID: .init(rawValue: "v1"),
                               versionNumber: 2, title: "Questioning for thinking",
                               results: [.init(criterionID: "c1", criterionTitle: "Questions", levelID: "exemplary", levelName: "Exemplary"),
                                         .init(criterionID: "c2", criterionTitle: "Wait time", levelID: "demonstrated", levelName: "Demonstrated")],
                               decidedAt: Earning.now, assessorID: Earning.ben, submissionID: .init(rawValue: "s1"), evidenceHashes: ["aa", "bb", "cc", "dd"]))
        #expect(Award.make(for: try review("approaching", "demonstrated"), of: submission, version: version) == nil)
    }
}
