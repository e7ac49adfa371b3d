/// Why calibration, exemplars, second scoring or a disagreement's resolution was refused.
public enum CalibrationError: Error, Equatable, Sendable {
    /// No microcredential of the organization (with a version) has this id.
    case microcredentialNotFound
    /// The member is not a designer of the organization.
    case notADesigner
    /// The member does not assess this microcredential, so does not calibrate on it.
    case notAnAssessorOfIt
    /// No exemplar of the microcredential has this id.
    case exemplarNotFound
    /// No decided submission of the microcredential has this id.
    case submissionNotFound
    /// The submission does not wait for this assessor's blind second score.
    case notYoursToScoreAgain
    /// No second score of the microcredential's submission, by this assessor, disagrees with its review.
    case disagreementNotFound
}

extension CalibrationError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .microcredentialNotFound, .exemplarNotFound, .submissionNotFound, .disagreementNotFound: .notFound
        case .notADesigner, .notAnAssessorOfIt, .notYoursToScoreAgain: .forbidden
        }
    }

    /// What a designer or an assessor reads when the request is refused.
    public var message: String {
        switch self {
        case .microcredentialNotFound: "The address may be mistyped, or this microcredential is not one of your organization's."
        case .notADesigner: "Only the organization's designers look after exemplars and disagreements."
        case .notAnAssessorOfIt: "You are not an assessor of this microcredential: ask your organization admin to assign you to it."
        case .exemplarNotFound: "This exemplar is no longer there: it may have been removed. Reload the exemplars and try again."
        case .submissionNotFound: "The address may be mistyped, or this submission is not a decided one of this microcredential."
        case .notYoursToScoreAgain: "This submission does not wait for a second score from you: see the second scoring list."
        case .disagreementNotFound: "The address may be mistyped, or these two scores do not disagree."
        }
    }
}
