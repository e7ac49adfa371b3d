import Foundation

/// Why a claim or a review was refused.
public enum ReviewError: Error, Equatable, Sendable {
    /// Criteria of the rubric without a score, in rubric order.
    case rubricIncomplete(missing: [String])
    case unknownLevel(String, criterion: String)
    case unknownCriterion(String)
    case assessorIsAuthor
    case alreadyDecided(Submission.ID)
    /// Overriding the computed decision needs a written justification.
    case justificationRequired
    case notClaimedByYou
    case claimExpired
    case claimedByAnother(until: Date)
    /// The person is not an assessor of the microcredential.
    case notAnAssessor
    /// No submission the person may review has this id (another organization's, another microcredential's, their own).
    case submissionNotFound
    /// The assessor has not scored every exemplar of the microcredential yet: they calibrate before they claim.
    case calibrationNeeded(Microcredential.ID)
    /// A video comment on a file the submission does not have, or a span that ends before it starts.
    case invalidComment
    /// A blind second score of a submission that is not decided, or that another assessor already scored again.
    case notOpenForSecondScoring
    /// The assessor neither holds the submission's running claim nor decided it: its review is not theirs to read or comment on.
    case reviewNotOpen
    /// No comment of the enrollment's attempts has this id.
    case commentNotFound
    /// The educator holds this microcredential already (an award that stands): an *earned* decision would award it twice.
    case educatorHoldsIt(StandingAward)
}

extension ReviewError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .rubricIncomplete, .unknownLevel, .unknownCriterion, .justificationRequired, .invalidComment: .invalidInput
        case .assessorIsAuthor, .notAnAssessor, .calibrationNeeded, .reviewNotOpen: .forbidden
        case .submissionNotFound, .commentNotFound: .notFound
        case .alreadyDecided, .notClaimedByYou, .claimExpired, .claimedByAnother, .notOpenForSecondScoring, .educatorHoldsIt: .conflict
        }
    }

    /// What an assessor reads when a claim, a release or a decision is refused.
    public var message: String {
        switch self {
        case .claimedByAnother(let until):
            "Another assessor claimed this submission first; it is theirs until \(DateWords.long(until)) at \(DateWords.clockTime(until)) UTC unless they release it. Choose another submission."
        case .alreadyDecided: "This submission has already been decided."
        case .assessorIsAuthor: "You cannot review your own submission."
        case .notClaimedByYou: "You do not hold this submission: claim it from the queue first."
        case .claimExpired: "Your claim on this submission has run out: claim it again from the queue to record your review."
        case .notAnAssessor: "You are not an assessor of this microcredential."
        case .submissionNotFound: "The address may be mistyped, or this submission is not one you review."
        case .calibrationNeeded:
            "Score this microcredential's exemplars before you claim (new ones are added from time to time): you will see where your judgement differs from the reference."
        case .rubricIncomplete, .unknownLevel, .unknownCriterion: "Choose one of the rubric's levels for every criterion."
        case .justificationRequired: "Explain why you override the decision the rubric gives."
        case .invalidComment: "That comment cannot be added to this submission's videos."
        case .reviewNotOpen: "Only the assessor who holds this submission's claim, or who decided it, can open its review: claim it from the queue first."
        case .commentNotFound: "That comment is not on any attempt here: reload the page and try again."
        case .educatorHoldsIt:
            "This educator already holds this microcredential, and it is earned once: nothing was recorded. Release the submission and let an admin know."
        case .notOpenForSecondScoring: "This submission is not waiting for a second score: another assessor may have scored it a moment ago."
        }
    }
}
