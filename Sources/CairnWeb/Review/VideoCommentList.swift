import CairnCore
import CairnHTML

/// The comments on one video, in the order of the video: each with a button that plays the video
/// from its moment (`video-comments.js`), its criterion, its reply thread and, when allowed, a reply form.
struct VideoCommentList: HTML {
    let comments: [VideoComment]
    let videoElementID: String
    let rubric: Rubric
    /// Who wrote what, by person; a hidden educator is named "Educator".
    let names: [Person.ID: String]
    /// Where the reply form of a comment posts; nil shows the thread without a form.
    let replyAction: (VideoComment) -> String?
    let csrfToken: String
    let errors: FormErrors
    /// A refused reply's text, by reply field name.
    let typed: [String: String]

    /// The name (and id) of the reply field of a comment.
    static func replyField(_ comment: VideoComment.ID) -> String { "reply-" + comment.rawValue }

    var body: some HTML {
        if comments.isEmpty {
            p(.class("empty-state")) { "No comments on this video." }
        } else {
            ol(.class("video-comments")) {
                for comment in VideoComment.byTime(comments) { item(comment) }
            }
        }
    }

    func item(_ comment: VideoComment) -> some HTML {
        li(.class("video-comment"), .id("comment-" + comment.id.rawValue)) {
            p(.class("video-comment__meta")) {
                button(.type(.button), .class("video-comment__seek"), .data("seek", VideoTime.field(comment.startSeconds)),
                       .data("video", videoElementID), .aria(.label, "Play the video from \(comment.timeLabel)")) { comment.timeLabel }
                if let criterion = comment.criterionID.flatMap({ rubric.criterion($0) }) {
                    " "
                    span(.class("tag video-comment__criterion")) { criterion.title }
                }
                span(.class("muted")) { " · " + (names[comment.authorID] ?? "Assessor") }
            }
            p(.class("video-comment__text")) { comment.text }
            if !comment.replies.isEmpty {
                ol(.class("video-comment__replies"), .aria(.label, "Replies to the comment at \(comment.timeLabel)")) {
                    for reply in comment.replies {
                        li(.class("comment-reply"), .id("reply-" + reply.id.rawValue)) {
                            strong { names[reply.authorID] ?? "Someone" }
                            span(.class("muted")) { " · " }
                            DateText(reply.createdAt)
                            p { reply.text }
                        }
                    }
                }
            }
            if let action = replyAction(comment) {
                let field = Self.replyField(comment.id)
                PostForm(action: action, csrfToken: csrfToken, class: "video-comment__reply-form stack") {
                    TextArea(label: "Reply to the comment at \(comment.timeLabel)", name: field, value: typed[field] ?? "", rows: 2,
                             error: errors[field])
                    SubmitButton("Reply", style: .secondary)
                }
            }
        }
    }
}
