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
    /// A video comment on a file the submission does not have, or a span that ends before it starts.
    case invalidComment
    /// A blind second score of a submission that is not decided, or that another assessor already scored again.
    case notOpenForSecondScoring
}
