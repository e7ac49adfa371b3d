import CairnCore
import CairnStore
import Foundation

extension Reviewing {
    /// What an assessor decided: the scores in rubric order, the summary, and an override of the
    /// computed decision with its justification.
    public struct DecisionInput: Sendable {
        public let scores: [ScoreEntry]
        public let summary: String
        public let override: Review.Override?

        public init(scores: [ScoreEntry], summary: String, override: Review.Override?) {
            (self.scores, self.summary, self.override) = (scores, summary, override)
        }
    }

    /// What a decision recorded: the review and, when earned outside a pilot, the award and its signed
    /// credential, and the credentials of the pathways the award completed.
    public struct Decided: Sendable {
        public let review: Review
        public let award: Award?
        public let credential: IssuedCredential?
        public let pathwayCredentials: [IssuedCredential]
    }

    /// Records the assessor's decision on a submission they hold: the review, the submission's
    /// decision, the award and its signed credential when earned outside a pilot (with the credential of
    /// each pathway the award completes), and the
    /// notifications it sets off (the educator's, and the coaches' at the limit of *not yet*), in one
    /// transaction: a credential that cannot be signed leaves no decision.
    ///
    /// - Throws: `ReviewError` (the claim ran out or is another's, already decided, the rubric
    ///   incomplete, an override without justification); `CredentialError` when the credential cannot be signed.
    @discardableResult
    public func decide(_ subject: Subject, _ input: DecisionInput) throws -> Decided {
        let assessor = subject.assessor, organizationID = assessor.organization.id
        let store = installation.store, now = installation.clock()
        let policy = try store.reviewPolicies.policy(in: organizationID)
        return try store.write { tx in
            let recorded = try store.reviews.decide(subject.submission.id, by: assessor.person.id, scores: input.scores,
                                                    summary: input.summary, override: input.override, in: organizationID, at: now, in: tx)
            let issuing = Issuing(installation: installation)
            let credential = try recorded.award.map { try issuing.issue($0, version: recorded.version, at: now, in: tx) }
            let pathwayCredentials = try recorded.award.map { try issuing.issuePathways(completedBy: $0, at: now, in: tx) } ?? []
            try notifications.decided(recorded, policy: policy, at: now, in: tx)
            return Decided(review: recorded.review, award: recorded.award, credential: credential, pathwayCredentials: pathwayCredentials)
        }
    }
}
