import CairnCore
import CairnHTTP
import Foundation

/// What an assessor typed in a video's comment form, checked against the submission's videos and
/// the rubric: a comment, or the messages to show beside the fields of that video's form.
struct VideoCommentInput: Sendable, Equatable {
    var file: String
    var start: String
    var end: String
    var text: String
    var criterion: String

    init(_ form: FormData) {
        file = form["file"] ?? ""
        start = form["start"] ?? ""
        end = form["end"] ?? ""
        text = form["text"] ?? ""
        criterion = form["criterion"] ?? ""
    }

    /// The video of the submission the form is about, if it has one with that hash.
    func video(in snapshot: EvidenceSnapshot) -> EvidenceFile? {
        snapshot.items.lazy.flatMap(\.files).first { $0.isVideo && $0.sha256 == file }
    }

    /// The comment; nil when refused, with the messages added to `errors`.
    ///
    /// Times may be "1:05" or seconds and must lie within the video when its length is known.
    func comment(on submission: Submission, rubric: Rubric, by author: Person.ID, at now: Date, into errors: inout FormErrors) -> VideoComment? {
        guard let video = video(in: submission.snapshot) else {
            errors.formMessage = "That video is not part of this submission: reload the page and try again."
            return nil
        }
        func key(_ field: String) -> String { VideoCommentForm.fieldKey(field, sha256: video.sha256) }
        let duration = video.videoDurationSeconds
        let startSeconds = VideoTime.parse(start)
        if start.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.add("Enter the moment of the video the comment is about, such as 1:05.", for: key("start"))
        } else if let startSeconds, let duration, startSeconds > duration {
            errors.add("The video is only \(VideoComment.clock(duration)) long.", for: key("start"))
        } else if startSeconds == nil {
            errors.add("Enter the moment as minutes and seconds (1:05) or as seconds (65).", for: key("start"))
        }
        var endSeconds: Double?
        if !end.trimmingCharacters(in: .whitespaces).isEmpty {
            endSeconds = VideoTime.parse(end)
            if let value = endSeconds {
                if let duration, value > duration {
                    errors.add("The video is only \(VideoComment.clock(duration)) long.", for: key("end"))
                } else if let startSeconds, value < startSeconds {
                    errors.add("The end of a span comes after its start.", for: key("end"))
                }
            } else {
                errors.add("Enter the end as minutes and seconds (1:30) or as seconds (90), or leave it empty.", for: key("end"))
            }
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { errors.add("Write the comment.", for: key("text")) }
        else if trimmed.count > 5_000 { errors.add("Keep the comment under 5,000 characters.", for: key("text")) }
        if !criterion.isEmpty && rubric.criterion(criterion) == nil {
            errors.add("Choose one of the rubric's criteria, or none.", for: key("criterion"))
        }
        guard errors.isEmpty, let startSeconds else { return nil }
        do {
            return try VideoComment(submissionID: submission.id, fileSHA256: video.sha256, startSeconds: startSeconds,
                                             endSeconds: endSeconds, text: trimmed, criterionID: criterion.isEmpty ? nil : criterion,
                                    authorID: author, createdAt: now)
        } catch {
            errors.formMessage = "This comment cannot be saved: check its times and text."
            return nil
        }
    }
}
