import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
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
        let submission = subject.submission, organizationID = context.organization.id
        let rubric = subject.version.design.rubric
        let input = VideoCommentInput(context.request.form)
        var errors = FormErrors()
        guard let comment = input.comment(on: submission, rubric: rubric, by: context.member.person.id, at: app.clock(), into: &errors) else {
            return try reviews.render(context, subject, commentInput: input, errors: errors, status: .unprocessableContent)
        }
        try app.store.reviews.add(comment, in: organizationID)
        return app.redirect(to: ReviewEndpoints.show.path(submission.id) + "#comment-" + comment.id.rawValue, .success,
                            "Comment added at \(comment.timeLabel).")
    }

    func assessorReply(_ context: SignedIn, _ id: Submission.ID, _ commentID: VideoComment.ID) throws -> Response {
        let subject = try app.reviewing.open(id, by: context.member)
        let submission = subject.submission
        guard subject.isOpen(at: app.clock()) || reviews.decided(submission, by: context) else { throw WebError.forbidden }
        let records = try reviews.attempts(of: submission, in: context.organization.id)
        let comment = try self.comment(commentID, in: records)
        return try reply(to: comment, context, back: ReviewEndpoints.show.path(submission.id)) { errors, typed in
            try reviews.render(context, subject, errors: errors, typedReplies: typed, status: .unprocessableContent)
        }
    }

    func educatorReply(_ context: SignedIn, _ enrollmentID: Enrollment.ID, _ commentID: VideoComment.ID) throws -> Response {
        let feedback = FeedbackRoutes(app: app)
        let enrollment = try EarningRoutes(app: app).ownEnrollment(context, enrollmentID)
        let records = try feedback.attempts(of: enrollment, in: context.organization.id)
        let comment = try self.comment(commentID, in: records)
        guard let record = records.first(where: { $0.submission.id == comment.submissionID }) else { throw WebError.notFound }
        return try reply(to: comment, context, back: EarningEndpoints.feedback.path(enrollment.id, record.submission.id)) { errors, typed in
            try feedback.render(context, enrollment, record.submission, records: records, errors: errors, typedReplies: typed,
                                status: .unprocessableContent)
        }
    }

    /// The comment when it belongs to one of these attempts; 404 otherwise.
    private func comment(_ id: VideoComment.ID, in records: [AttemptRecord]) throws -> VideoComment {
        guard let comment = records.lazy.flatMap(\.comments).first(where: { $0.id == id })
        else { throw WebError.notFound }
        return comment
    }

    /// Saves a reply and goes back to the comment; an empty reply shows the page again with the message.
    private func reply(to comment: VideoComment, _ context: SignedIn, back path: String,
                       refused: (FormErrors, [String: String]) throws -> Response) throws -> Response {
        let field = VideoCommentList.replyField(comment.id)
        let text = (context.request.form[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        if text.isEmpty { errors.add("Write your reply before sending it.", for: field) }
        else if text.count > 5_000 { errors.add("Keep the reply under 5,000 characters.", for: field) }
        guard errors.isEmpty else { return try refused(errors, [field: context.request.form[field] ?? ""]) }
        try app.store.reviews.add(CommentReply(commentID: comment.id, authorID: context.member.person.id, text: text, createdAt: app.clock()),
                                  in: context.organization.id)
        return app.redirect(to: path + "#comment-" + comment.id.rawValue, .success, "Your reply was added.")
    }
}
