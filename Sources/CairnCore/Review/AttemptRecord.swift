/// One attempt of an enrollment with what its review left: the review once decided, and the video comments with their threads.
public struct AttemptRecord: Sendable {
    public let submission: Submission
    public let review: Review?
    public let comments: [VideoComment]

    public init(submission: Submission, review: Review?, comments: [VideoComment]) {
        (self.submission, self.review, self.comments) = (submission, review, comments)
    }

    /// The videos of the attempt's evidence, each once, in the order of the evidence.
    public var videos: [EvidenceFile] {
        var seen = Set<String>()
        return submission.snapshot.items.flatMap(\.files).filter { $0.isVideo && seen.insert($0.sha256).inserted }
    }

    /// The comments on one video.
    public func comments(on video: EvidenceFile) -> [VideoComment] { comments.filter { $0.fileSHA256 == video.sha256 } }
}
