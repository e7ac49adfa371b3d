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
        let assessor = Access.role(.assessor)
        table.add(.post, "/review/:submission/comments", assessor) { (context: SignedIn) in try addComment(context) }
        table.add(.post, "/review/:submission/comments/:comment/replies", assessor) { (context: SignedIn) in try assessorReply(context) }
        table.add(.post, "/earn/:enrollment/comments/:comment/replies", Access.role(.educator)) { (context: SignedIn) in
            try educatorReply(context)
        }
    }

    var reviews: ReviewRoutes { ReviewRoutes(app: app) }

    func addComment(_ context: SignedIn) throws -> Response {
        let submission = try reviews.loadAssessable(context)
        guard reviews.isOpen(submission, for: context) else { throw WebError.forbidden }
        let organizationID = context.organization.id
        let rubric = try app.store.microcredentials.findVersion(submission.versionID, in: organizationID).design.rubric
        let input = VideoCommentInput(context.request.form)
        var errors = FormErrors()
        guard let comment = input.comment(on: submission, rubric: rubric, by: context.member.person.id, at: app.clock(), into: &errors) else {
            return try reviews.render(context, submission, commentInput: input, errors: errors, status: .unprocessableContent)
        }
        try app.store.reviews.add(comment, in: organizationID)
        return app.redirect(to: Paths.review(submission.id.rawValue) + "#comment-" + comment.id.rawValue, .success,
                            "Comment added at \(comment.timeLabel).")
    }

    func assessorReply(_ context: SignedIn) throws -> Response {
        let submission = try reviews.loadAssessable(context)
        guard reviews.isOpen(submission, for: context) || reviews.decided(submission, by: context) else { throw WebError.forbidden }
        let records = try reviews.attempts(of: submission, in: context.organization.id)
        let comment = try self.comment(in: records, context)
        return try reply(to: comment, context, back: Paths.review(submission.id.rawValue)) { errors, typed in
            try reviews.render(context, submission, errors: errors, typedReplies: typed, status: .unprocessableContent)
        }
    }

    func educatorReply(_ context: SignedIn) throws -> Response {
        let feedback = FeedbackRoutes(app: app)
        let enrollment = try EarningRoutes(app: app).ownEnrollment(context)
        let records = try feedback.attempts(of: enrollment, in: context.organization.id)
        let comment = try self.comment(in: records, context)
        guard let record = records.first(where: { $0.submission.id == comment.submissionID }) else { throw WebError.notFound }
        return try reply(to: comment, context, back: Paths.feedback(enrollment.id.rawValue, record.submission.id.rawValue)) { errors, typed in
            try feedback.render(context, enrollment, record.submission, records: records, errors: errors, typedReplies: typed,
                                status: .unprocessableContent)
        }
    }

    /// The comment in the path when it belongs to one of these attempts; 404 otherwise.
    private func comment(in records: [AttemptRecord], _ context: SignedIn) throws -> VideoComment {
        guard let raw = context.request.parameters["comment"],
              let comment = records.lazy.flatMap(\.comments).first(where: { $0.id.rawValue == raw })
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
