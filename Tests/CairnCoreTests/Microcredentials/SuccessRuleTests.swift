import Testing
@testable import CairnCore

/// One submission's scores (criteria c-design, c-evidence, c-adjust in order) and the decision expected.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let id: String
    let rule: SuccessRule
    let levels: [String]
    let expected: Decision
    var testDescription: String { id }

    var scores: [String: String] { Dictionary(uniqueKeysWithValues: zip(["c-design", "c-evidence", "c-adjust"], levels)) }
}

@Suite struct SuccessRuleTests {
    static let demonstrated = SuccessRule.everyCriterionAtLeast(level: "demonstrated")
    static let sevenPoints = SuccessRule.pointsAtLeast(minimum: 7, floor: "approaching")

    func rubric(_ rule: SuccessRule) -> Rubric {
        var rubric = Design.wellFormed.rubric
        rubric.successRule = rule
        return rubric
    }

    @Test(arguments: [
        RuleCase(id: "every criterion exactly at the level", rule: demonstrated, levels: ["demonstrated", "demonstrated", "demonstrated"], expected: .earned),
        RuleCase(id: "every criterion above the level", rule: demonstrated, levels: ["exemplary", "exemplary", "exemplary"], expected: .earned),
        RuleCase(id: "one criterion just below the level", rule: demonstrated, levels: ["exemplary", "approaching", "exemplary"], expected: .notYet),
        RuleCase(id: "the last criterion at the lowest level", rule: demonstrated, levels: ["exemplary", "exemplary", "not-yet"], expected: .notYet),
        RuleCase(id: "every criterion below", rule: demonstrated, levels: ["approaching", "not-yet", "approaching"], expected: .notYet),
        RuleCase(id: "lowest level as the rule: anything earns", rule: .everyCriterionAtLeast(level: "not-yet"),
                 levels: ["not-yet", "not-yet", "not-yet"], expected: .earned),
        RuleCase(id: "top level as the rule: one below misses", rule: .everyCriterionAtLeast(level: "exemplary"),
                 levels: ["exemplary", "demonstrated", "exemplary"], expected: .notYet),
        RuleCase(id: "points exactly the minimum", rule: sevenPoints, levels: ["exemplary", "demonstrated", "demonstrated"], expected: .earned),
        RuleCase(id: "points one below the minimum", rule: sevenPoints, levels: ["exemplary", "demonstrated", "approaching"], expected: .notYet),
        RuleCase(id: "points above, a criterion exactly at the floor", rule: sevenPoints, levels: ["exemplary", "exemplary", "approaching"], expected: .earned),
        RuleCase(id: "points enough, a criterion below the floor", rule: .pointsAtLeast(minimum: 6, floor: "approaching"),
                 levels: ["exemplary", "exemplary", "not-yet"], expected: .notYet),
        RuleCase(id: "points at the maximum", rule: .pointsAtLeast(minimum: 9, floor: "demonstrated"),
                 levels: ["exemplary", "exemplary", "exemplary"], expected: .earned),
        RuleCase(id: "floor at the lowest level: points alone decide", rule: .pointsAtLeast(minimum: 3, floor: "not-yet"),
                 levels: ["exemplary", "not-yet", "not-yet"], expected: .earned),
        RuleCase(id: "floor at the lowest level, too few points", rule: .pointsAtLeast(minimum: 4, floor: "not-yet"),
                 levels: ["exemplary", "not-yet", "not-yet"], expected: .notYet),
    ])
    func decidesEarnedOrNotYet(_ c: RuleCase) throws {
        #expect(try c.rule.decide(c.scores, in: rubric(c.rule)) == c.expected)
    }

    @Test func aMissingScoreIsReportedForTheFirstUnscoredCriterion() {
        #expect(throws: ScoringError.missingScore(criterion: "c-evidence")) {
            try Self.demonstrated.decide(["c-design": "exemplary", "c-adjust": "exemplary"], in: rubric(Self.demonstrated))
        }
        #expect(throws: ScoringError.missingScore(criterion: "c-design")) {
            try Self.sevenPoints.decide([:], in: rubric(Self.sevenPoints))
        }
    }

    @Test func aScoreNamingAnUnknownLevelIsRefused() {
        let scores = ["c-design": "exemplary", "c-evidence": "stellar", "c-adjust": "exemplary"]
        #expect(throws: ScoringError.unknownLevel("stellar", criterion: "c-evidence")) {
            try Self.demonstrated.decide(scores, in: rubric(Self.demonstrated))
        }
    }

    @Test func aRuleNamingAnUnknownLevelIsRefused() {
        let all = ["c-design": "exemplary", "c-evidence": "exemplary", "c-adjust": "exemplary"]
        let rule = SuccessRule.everyCriterionAtLeast(level: "mastered")
        #expect(throws: ScoringError.unknownLevel("mastered", criterion: nil)) { try rule.decide(all, in: rubric(rule)) }
        let floor = SuccessRule.pointsAtLeast(minimum: 3, floor: "gone")
        #expect(throws: ScoringError.unknownLevel("gone", criterion: nil)) { try floor.decide(all, in: rubric(floor)) }
    }

    @Test func aScoreForACriterionTheRubricLacksIsRefused() {
        let scores = ["c-design": "exemplary", "c-evidence": "exemplary", "c-adjust": "exemplary", "c-old": "exemplary"]
        #expect(throws: ScoringError.unknownCriterion("c-old")) { try Self.demonstrated.decide(scores, in: rubric(Self.demonstrated)) }
    }

    @Test func atOrAboveFollowsTheOrderOfTheLevelsNotTheirPoints() throws {
        // A scale whose points do not increase: "secure" is above "emerging" because it comes later.
        let rubric = Rubric(levels: [Level(id: "emerging", name: "Emerging", points: 5), Level(id: "secure", name: "Secure", points: 1)],
                            criteria: [Criterion(id: "c1", title: "Only")], successRule: .everyCriterionAtLeast(level: "secure"))
        #expect(try rubric.successRule.decide(["c1": "emerging"], in: rubric) == .notYet)
        #expect(try rubric.successRule.decide(["c1": "secure"], in: rubric) == .earned)
    }

    @Test func aRubricWithoutCriteriaDecidesOnNothing() throws {
        let rubric = Rubric(criteria: [], successRule: .pointsAtLeast(minimum: 1, floor: "approaching"))
        #expect(try rubric.successRule.decide([:], in: rubric) == .notYet)
        #expect(try Rubric(criteria: []).successRule.decide([:], in: Rubric(criteria: [])) == .earned)
    }
}
