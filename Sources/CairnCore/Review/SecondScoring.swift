import Foundation

/// Blind double scoring: which share of submissions a second assessor scores, and one such score.
public struct SecondScoring: Hashable, Sendable {
    /// 0…1: the share of submissions scored twice.
    public let share: Double

    public init(share: Double) { self.share = min(1, max(0, share)) }

    /// Whether a submission is picked, stable for its id: the same submission is always picked or never.
    public func picks(_ submissionID: Submission.ID) -> Bool {
        guard share > 0 else { return false }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in submissionID.rawValue.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Double(hash % 10_000) < share * 10_000
    }

    /// One blind second score: the second assessor never sees the first review.
    public struct Score: Hashable, Sendable {
        public let submissionID: Submission.ID
        public let assessorID: Person.ID
        /// Criterion id → level id.
        public let scores: [String: String]
        public let scoredAt: Date

        public init(submissionID: Submission.ID, assessorID: Person.ID, scores: [String: String], scoredAt: Date) {
            self.submissionID = submissionID
            self.assessorID = assessorID
            self.scores = scores
            self.scoredAt = scoredAt
        }

        /// The criteria where it disagrees with the first review, for a designer to resolve.
        public func disagreements(with review: Review) -> [String] {
            review.scores.filter { entry in scores[entry.criterionID].map { $0 != entry.levelID } ?? false }.map(\.criterionID)
        }
    }
}
