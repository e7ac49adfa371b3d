import Testing
@testable import CairnCore

@Suite struct AgreementTests {
    func pairs(_ counts: [((String, String), Int)]) -> [(String, String)] { counts.flatMap { Array(repeating: $0.0, count: $0.1) } }

    /// The textbook example (Wikipedia, "Cohen's kappa"): 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15.
    /// pₒ = 35/50 = 0.7; A says yes 25 times, B 30: pₑ = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    @Test func theTextbookExample() throws {
        let agreement = Agreement(pairs([(("yes", "yes"), 20), (("yes", "no"), 5), (("no", "yes"), 10), (("no", "no"), 15)]))
        #expect(agreement.count == 50)
        #expect(abs(agreement.exactAgreement - 0.7) < 1e-12)
        #expect(abs(try #require(agreement.kappa) - 0.4) < 1e-12)
    }

    /// Three levels, 10 items: agree 2+3+1 = 6 → pₒ = 0.6; first (3, 4, 3), second (3, 5, 2):
    /// pₑ = (9 + 20 + 6)/100 = 0.35; κ = 0.25/0.65 = 5/13.
    @Test func aThreeLevelExampleByHand() throws {
        let agreement = Agreement(pairs([(("a", "a"), 2), (("a", "d"), 1), (("d", "d"), 3), (("d", "a"), 1),
                                         (("e", "e"), 1), (("e", "d"), 1), (("e", "a"), 1)]))
        #expect(abs(agreement.exactAgreement - 0.6) < 1e-12)
        #expect(abs(try #require(agreement.kappa) - 5.0 / 13.0) < 1e-12)
    }

    @Test func perfectAgreementIsOne() {
        #expect(Agreement([("a", "a"), ("b", "b"), ("c", "c")]).kappa == 1)
    }

    @Test func agreementNoBetterThanChanceIsZero() {
        let agreement = Agreement([("yes", "yes"), ("yes", "no"), ("no", "yes"), ("no", "no")])
        #expect(agreement.exactAgreement == 0.5)
        #expect(agreement.kappa == 0)
    }

    @Test func systematicDisagreementIsNegative() {
        #expect(Agreement([("yes", "no"), ("no", "yes")]).kappa == -1)
    }

    @Test func aSingleCategoryLeavesKappaUndefined() {
        let agreement = Agreement([("d", "d"), ("d", "d")])
        #expect(agreement.exactAgreement == 1)
        #expect(agreement.kappa == nil)
    }

    @Test func noPairsMeansNoKappa() {
        #expect(Agreement([(String, String)]()).kappa == nil)
        #expect(Agreement([(String, String)]()).count == 0)
    }

    @Test func groupsPerCriterion() {
        let pairs = [Agreement.Pair(criterionID: "c1", assessorID: Earning.ben, first: "a", second: "a"),
                     Agreement.Pair(criterionID: "c2", assessorID: Earning.ben, first: "a", second: "b"),
                     Agreement.Pair(criterionID: "c1", assessorID: Earning.cleo, first: "b", second: "b")]
        #expect(Agreement.byCriterion(pairs)["c1"]?.exactAgreement == 1)
        #expect(Agreement.byCriterion(pairs)["c2"]?.exactAgreement == 0)
    }

    @Test func perRaterCountsTheFirstAndTheSecondAssessor() {
        let pairs = [Agreement.Pair(criterionID: "c1", assessorID: Earning.ben, first: "a", second: "a", firstAssessorID: Earning.cleo),
                     Agreement.Pair(criterionID: "c2", assessorID: Earning.ben, first: "a", second: "b", firstAssessorID: Earning.ana),
                     Agreement.Pair(criterionID: "c1", assessorID: Earning.cleo, first: "b", second: "b")]
        let byRater = Agreement.byRater(pairs)
        #expect(byRater[Earning.ben]?.count == 2)
        #expect(byRater[Earning.cleo]?.count == 2)
        #expect(byRater[Earning.cleo]?.exactAgreement == 1)
        #expect(byRater[Earning.ana]?.exactAgreement == 0)
    }
}
