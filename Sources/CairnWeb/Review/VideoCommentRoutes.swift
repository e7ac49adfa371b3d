import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// Video comments and their threads: the assessor comments on a moment of a video while holding
/// the claim; the assessor and the educator reply to the comments of the enrollment's attempts.
struct VideoCommentRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(ReviewEndpoints.addComment, addComment)
        table.add(ReviewEndpoints.reply, assessorReply)
        table.add(EarningEndpoints.reply, educatorReply)
    }

    var reviews: ReviewRoutes { ReviewRoutes(app: app) }

    func addComment(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        let subject = try app.reviewing.open(id, by: context.member)
        guard subject.isOpen(at: app.clock()) else { throw WebError.forbidden }
        let input = VideoCommentInput(context.request.form)
        var errors = FormErrors()
        guard let comment = input.comment(on: subject.submission, rubric: subject.version.design.rubric, by: context.member.person.id,
                                          at: app.clock(), into: &errors) else {
            return try reviews.render(context, try app.reviewing.reviewPage(subject), commentInput: input, errors: errors,
                                      status: .unprocessableContent)
        }
        try app.reviewing.addComment(comment, on: subject)
        return app.redirect(to: ReviewEndpoints.show.path(subject.submission.id) + "#comment-" + comment.id.rawValue, .success,
                            "Comment added at \(comment.timeLabel).")
    }

    func assessorReply(_ context: SignedIn, _ id: Submission.ID, _ commentID: VideoComment.ID) throws -> Response {
        let subject = try app.reviewing.open(id, by: context.member)
        let field = VideoCommentList.replyField(commentID)
        do {
            try app.reviewing.reply(to: commentID, text: context.request.form[field] ?? "", on: subject)
        } catch let error as ReplyError {
            return try reviews.render(context, try app.reviewing.reviewPage(subject), errors: refused(error, field),
                                      typedReplies: [field: context.request.form[field] ?? ""], status: .unprocessableContent)
        }
        return replied(ReviewEndpoints.show.path(subject.submission.id), commentID)
    }

    func educatorReply(_ context: SignedIn, _ enrollmentID: Enrollment.ID, _ commentID: VideoComment.ID) throws -> Response {
        let field = VideoCommentList.replyField(commentID)
        let submissionID: Submission.ID
        do {
            submissionID = try app.earning.reply(to: commentID, text: context.request.form[field] ?? "", in: enrollmentID, by: context.member)
        } catch let error as ReplyError {
            return FeedbackRoutes(app: app).render(context, try app.earning.feedbackPage(enrollmentID, commentedOn: commentID, by: context.member),
                                                   errors: refused(error, field), typedReplies: [field: context.request.form[field] ?? ""],
                                                   status: .unprocessableContent)
        }
        return replied(EarningEndpoints.feedback.path(enrollmentID, submissionID), commentID)
    }

    /// The reply's refusal, beside its field.
    private func refused(_ error: ReplyError, _ field: String) -> FormErrors {
        var errors = FormErrors()
        errors.add(error.message, for: field)
        return errors
    }

    /// Back to the comment replied to.
    private func replied(_ path: String, _ commentID: VideoComment.ID) -> Response {
        app.redirect(to: path + "#comment-" + commentID.rawValue, .success, "Your reply was added.")
    }
}
