/// Why a set of scores could not be judged against a rubric.
public enum ScoringError: Error, Equatable, Sendable {
    /// A criterion of the rubric has no score.
    case missingScore(criterion: String)
    /// A score names a level the rubric does not have (or the rule names one: `criterion` is nil then).
    case unknownLevel(String, criterion: String?)
    /// A score is given for a criterion the rubric does not have.
    case unknownCriterion(String)
}

extension ScoringError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String { "Choose one of the rubric's levels for every criterion." }
}
