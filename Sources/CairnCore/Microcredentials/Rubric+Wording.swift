// The rubric's success rule in the plain words the catalog, the review page and the credentials use.

extension Rubric {
    /// The success rule in one sentence: "Earned when every criterion is at Demonstrated or above."
    public var successRuleSentence: String {
        switch successRule {
        case let .everyCriterionAtLeast(level):
            return "Earned when every criterion is at \(self.level(level)?.name ?? level) or above. Otherwise the decision is Not yet, with feedback on each criterion."
        case let .pointsAtLeast(minimum, floor):
            return "Earned when the criteria add up to at least \(minimum) of \(maximumPoints) points and no criterion is below \(self.level(floor)?.name ?? floor). Otherwise the decision is Not yet, with feedback on each criterion."
        }
    }
}
