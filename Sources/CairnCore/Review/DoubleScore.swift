/// A submission scored twice: the review, the blind second score, and a designer's resolution once given.
public struct DoubleScore: Hashable, Sendable {
    public let submission: Submission
    public let review: Review
    public let second: SecondScoring.Score
    public let resolution: ScoreResolution?

    public init(submission: Submission, review: Review, second: SecondScoring.Score, resolution: ScoreResolution?) {
        self.submission = submission
        self.review = review
        self.second = second
        self.resolution = resolution
    }

    /// The criteria the two assessors scored differently, in rubric order.
    public var disagreements: [String] { second.disagreements(with: review) }
}
