import Testing
@testable import CairnCore

@Suite struct CalibrationTests {
    let exemplar = Exemplar(id: .init(rawValue: "x1"), organizationID: Earning.org, microcredentialID: .init(rawValue: "m1"), versionID: .init(rawValue: "v1"), submissionID: .init(rawValue: "s1"),
                            snapshot: EvidenceSnapshot(items: []), referenceScores: ["c1": "demonstrated", "c2": "approaching"],
                            createdBy: Earning.cleo, createdAt: Earning.now)

    @Test func showsWhereTheAssessorDifferedFromTheReference() {
        let result = exemplar.compare(["c1": "exemplary", "c2": "approaching"], rubric: Earning.design.rubric)
        #expect(result.differences == [.init(criterionID: "c1", referenceLevelID: "demonstrated", givenLevelID: "exemplary", steps: 1)])
        #expect(!result.matchesReference)
        #expect(exemplar.compare(["c1": "demonstrated", "c2": "approaching"], rubric: Earning.design.rubric).matchesReference)
    }

    @Test func anUnscoredCriterionIsADifference() {
        let result = exemplar.compare(["c1": "demonstrated"], rubric: Earning.design.rubric)
        #expect(result.differences == [.init(criterionID: "c2", referenceLevelID: "approaching", givenLevelID: nil, steps: nil)])
    }

    @Test func doubleScoringPicksAStableShare() {
        let ids = (0..<2000).map { Submission.ID(rawValue: "submission-\($0)") }
        let picked = ids.filter { SecondScoring(share: 0.2).picks($0) }.count
        #expect((300...500).contains(picked))
        #expect(ids.allSatisfy { SecondScoring(share: 0.2).picks($0) == SecondScoring(share: 0.2).picks($0) })
        #expect(!ids.contains { SecondScoring(share: 0).picks($0) })
        #expect(ids.allSatisfy { SecondScoring(share: 1).picks($0) })
    }

    @Test func aSecondScoreListsTheCriteriaInDisagreement() throws {
        let review = try Review.make(of: Earning.claimed(), by: Earning.ben, scores: Earning.scores("exemplary", "demonstrated"),
                                     rubric: Earning.design.rubric, at: Earning.now)
        let second = SecondScoring.Score(submissionID: .init(rawValue: "s1"), assessorID: Earning.cleo, scores: ["c1": "exemplary", "c2": "approaching"], scoredAt: Earning.now)
        #expect(second.disagreements(with: review) == ["c2"])
    }

    @Test func aResolutionCoversTheRubricWithKnownLevels() throws {
        let rubric = Earning.design.rubric
        let resolution = try ScoreResolution.make(submissionID: .init(rawValue: "s1"), secondAssessorID: Earning.cleo,
                                                  levels: ["c1": "exemplary", "c2": "approaching"], note: "Clear.", rubric: rubric,
                                                  by: Earning.ana, at: Earning.now)
        #expect(resolution.levels == ["c1": "exemplary", "c2": "approaching"])
        #expect(throws: ReviewError.rubricIncomplete(missing: ["c2"])) {
            try ScoreResolution.make(submissionID: .init(rawValue: "s1"), secondAssessorID: Earning.cleo, levels: ["c1": "exemplary"],
                                     note: "", rubric: rubric, by: Earning.ana, at: Earning.now)
        }
        #expect(throws: ReviewError.unknownLevel("brilliant", criterion: "c2")) {
            try ScoreResolution.make(submissionID: .init(rawValue: "s1"), secondAssessorID: Earning.cleo,
                                     levels: ["c1": "exemplary", "c2": "brilliant"], note: "", rubric: rubric, by: Earning.ana, at: Earning.now)
        }
    }
}
