import CairnCore

/// One attempt of an enrollment with what its review left: the review once decided, and the video comments with their threads.
struct AttemptRecord: Sendable {
    let submission: Submission
    let review: Review?
    let comments: [VideoComment]

    /// The videos of the attempt's evidence, each once, in the order of the evidence.
    var videos: [EvidenceFile] {
        var seen = Set<String>()
        return submission.snapshot.items.flatMap(\.files).filter { $0.isVideo && seen.insert($0.sha256).inserted }
    }

    /// The comments on one video.
    func comments(on video: EvidenceFile) -> [VideoComment] { comments.filter { $0.fileSHA256 == video.sha256 } }
}
