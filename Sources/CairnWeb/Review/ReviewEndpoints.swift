import CairnCore

/// The assessor's endpoints under `/review`: the queue, one submission's review and its forms,
/// blind second scoring and calibration.
enum ReviewEndpoints {
    static let assessor = Access.role(.assessor)

    /// The assessor's queue.
    static let queue = Endpoint(.get, "/review", access: assessor)

    /// One submission under review.
    static let submission = EndpointGroup("/review/:submission", Submission.ID.self, access: assessor)
    static let show = submission.endpoint(.get)
    static let claim = submission.endpoint(.post, "/claim")
    static let release = submission.endpoint(.post, "/release")
    static let decide = submission.endpoint(.post, "/decide")
    static let addComment = submission.endpoint(.post, "/comments")
    /// Where an assessor replies, from the review page of a submission, to a comment of its enrollment's attempts.
    static let reply = submission.endpoint(.post, "/comments/:comment/replies", VideoComment.ID.self)

    /// Decided submissions waiting for a blind second score.
    static let secondScoring = Endpoint(.get, "/review/second", access: assessor)
    /// The blind second scoring of one submission.
    static let secondScore = Endpoint(.get, "/review/second/:submission", Submission.ID.self, access: assessor)
    static let saveSecondScore = secondScore.with(.post)

    /// Where an assessor scores a microcredential's exemplars before reviewing it (`?exemplar=` picks one).
    static let calibration = Endpoint(.get, "/review/calibration/:microcredential", Microcredential.ID.self, access: assessor)
    static let scoreCalibration = calibration.with(.post)
}
