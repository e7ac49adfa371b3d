/// Why a set of scores could not be judged against a rubric.
public enum ScoringError: Error, Equatable, Sendable {
    /// A criterion of the rubric has no score.
    case missingScore(criterion: String)
    /// A score names a level the rubric does not have (or the rule names one: `criterion` is nil then).
    case unknownLevel(String, criterion: String?)
    /// A score is given for a criterion the rubric does not have.
    case unknownCriterion(String)
}
