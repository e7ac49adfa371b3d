import CairnCore
import Foundation

extension ReviewError {
    /// What an assessor reads when a claim, a release or a decision is refused.
    var message: String {
        switch self {
        case .claimedByAnother(let until):
            "Another assessor claimed this submission first; it is theirs until \(DateText.long(until)) at \(DateText.clockTime(until)) UTC unless they release it. Choose another submission."
        case .alreadyDecided: "This submission has already been decided."
        case .assessorIsAuthor: "You cannot review your own submission."
        case .notClaimedByYou: "You do not hold this submission: claim it from the queue first."
        case .claimExpired: "Your claim on this submission has run out: claim it again from the queue to record your review."
        case .notAnAssessor: "You are not an assessor of this microcredential."
        case .rubricIncomplete, .unknownLevel, .unknownCriterion: "Choose one of the rubric's levels for every criterion."
        case .justificationRequired: "Explain why you override the decision the rubric gives."
        case .invalidComment: "That comment cannot be added to this submission's videos."
        case .notOpenForSecondScoring: "This submission is not waiting for a second score: another assessor may have scored it a moment ago."
        }
    }
}
