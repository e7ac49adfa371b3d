import CairnCore
import CairnHTML

/// The comments on one video of an attempt under a heading naming the video, with the assessor's
/// comment form above them while the review is open.
struct VideoCommentsSection: HTML {
    let video: EvidenceFile
    let submissionID: Submission.ID
    /// Nested sections (an earlier attempt's) use `h4`, others `h3`.
    let isNested: Bool
    let form: VideoCommentForm?
    let list: VideoCommentList

    var body: some HTML {
        let headingID = "comments-\(submissionID.rawValue)-\(video.sha256.prefix(16))-heading"
        section(.class("video-comments-section"), .aria(.labelledby, headingID)) {
            if isNested {
                h4(.id(headingID)) { "Comments on the video “\(video.filename)”" }
            } else {
                h3(.id(headingID)) { "Comments on the video “\(video.filename)”" }
            }
            if let form { form }
            list
        }
    }
}
