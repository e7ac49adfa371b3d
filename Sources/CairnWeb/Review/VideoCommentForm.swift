import CairnCore
import CairnHTML

/// The assessor's form for commenting on one video: the moment (typed as "1:05" or seconds, or
/// filled from the player by `video-comments.js`), an optional end for a span, the comment and
/// an optional criterion. The form's fields are named `file`, `start`, `end`, `text`, `criterion`;
/// their ids carry the video's hash, since the page has one form per video.
struct VideoCommentForm: HTML {
    let action: String
    let csrfToken: String
    let file: EvidenceFile
    let videoElementID: String
    let criteria: [Criterion]
    let typed: VideoCommentInput?
    let errors: FormErrors

    /// The error key (and element id) of one field of the form of a video: `comment-<hash>-start`.
    static func fieldKey(_ field: String, sha256: String) -> String { "comment-\(sha256.prefix(16))-\(field)" }

    func key(_ field: String) -> String { Self.fieldKey(field, sha256: file.sha256) }

    var body: some HTML {
        PostForm(action: action, csrfToken: csrfToken, class: "video-comment-form stack") {
            input(.type(.hidden), .name("file"), .value(file.sha256))
            div(.class("video-comment-form__moment")) {
                field("start", label: "At (m:ss or seconds)", value: typed?.start ?? "", hint: durationHint)
                field("end", label: "Until (optional, for a span)", value: typed?.end ?? "", hint: nil)
            }
            div(.class("actions video-comment-form__player-actions"), .hidden, .data("video", videoElementID)) {
                button(.type(.button), .class("button button--secondary video-comment__at-time"), .data("video", videoElementID)) {
                    "Comment at current time"
                }
                button(.type(.button), .class("button button--secondary video-comment__mark-end"), .data("video", videoElementID)) {
                    "Mark end"
                }
                span(.class("hint")) { "Or, with the video focused, press C to comment at its current time and E to mark the end." }
            }
            FieldFrame(label: "Comment", name: key("text"), hint: nil, error: errors[key("text")], wide: true) {
                textarea(.id(FieldID.of(key("text"))), .name("text"), .class("input textarea"), .rows(3),
                         .describedBy(FieldFrame.describedBy(name: key("text"), hint: nil, error: errors[key("text")])),
                         .invalid(errors[key("text")] != nil)) { typed?.text ?? "" }
            }
            FieldFrame(label: "Criterion (optional)", name: key("criterion"), hint: nil, error: errors[key("criterion")]) {
                select(.id(FieldID.of(key("criterion"))), .name("criterion"), .class("select"),
                       .describedBy(FieldFrame.describedBy(name: key("criterion"), hint: nil, error: errors[key("criterion")])),
                       .invalid(errors[key("criterion")] != nil)) {
                    option(.value(""), (typed?.criterion ?? "").isEmpty ? .selected : nil) { "No criterion" }
                    for criterion in criteria {
                        option(.value(criterion.id), typed?.criterion == criterion.id ? .selected : nil) { criterion.title }
                    }
                }
            }
            SubmitButton("Add comment", style: .secondary)
        }
    }

    var durationHint: String? {
        file.videoDurationSeconds.map { "The video is \(VideoComment.clock($0)) long." }
    }

    func field(_ name: String, label: String, value: String, hint: String?) -> some HTML {
        let key = key(name)
        return FieldFrame(label: label, name: key, hint: hint, error: errors[key]) {
            input(.id(FieldID.of(key)), .name(name), .type(.text), .class("input input--short"), value.isEmpty ? nil : .value(value),
                  .inputmode("decimal"), .autocomplete("off"),
                  .describedBy(FieldFrame.describedBy(name: key, hint: hint, error: errors[key])), .invalid(errors[key] != nil))
        }
    }
}
