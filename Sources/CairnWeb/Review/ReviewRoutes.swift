import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The assessor's side of review: the queue, claiming and releasing, and the review page with its decision.
struct ReviewRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(ReviewEndpoints.queue, queue)
        table.add(ReviewEndpoints.claim, claim)
        table.add(ReviewEndpoints.release, release)
        table.add(ReviewEndpoints.show, show)
        table.add(ReviewEndpoints.decide, decide)
    }

    func queue(_ context: SignedIn) throws -> Response {
        let page = try app.reviewing.queuePage(for: context.member)
        return app.render(ReviewQueuePage(context: self.page(context), queue: page.queue, claimDuration: page.claimDuration))
    }

    func claim(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        let claimed: Submission
        do {
            claimed = try app.reviewing.claim(id, by: context.member)
        } catch let error as ReviewError where error.kind != .notFound {
            // Refused: back to the queue with the reason, or to the exemplars the assessor has to score first.
            guard case .calibrationNeeded(let microcredentialID) = error else {
                return app.redirect(to: ReviewEndpoints.queue.path(), .error, error.message)
            }
            return app.redirect(to: ReviewEndpoints.calibration.path(microcredentialID), .error, error.message)
        }
        let until = claimed.activeClaim(at: app.clock()).map {
            " It is yours until \(DateWords.long($0.expiresAt)) at \(DateWords.clockTime($0.expiresAt)) UTC."
        } ?? ""
        return app.redirect(to: ReviewEndpoints.show.path(claimed.id), .success, "You claimed attempt \(claimed.attempt) for review." + until)
    }

    func release(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        do {
            try app.reviewing.release(id, by: context.member)
        } catch let error as ReviewError where error.kind != .notFound {
            return app.redirect(to: ReviewEndpoints.queue.path(), .error, error.message)
        }
        return app.redirect(to: ReviewEndpoints.queue.path(), .success, "You released the submission: another assessor can claim it now.")
    }

    func show(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        try render(context, try app.reviewing.reviewPage(id, by: context.member))
    }

    /// Parse the form against the rubric → decide → redirect. "Check decision" only shows what the success rule gives.
    func decide(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        let subject = try app.reviewing.open(id, by: context.member)
        guard subject.isOpen(at: app.clock()) else { throw WebError.forbidden }
        let rubric = subject.version.design.rubric
        let form = ReviewForm(context.request.form, rubric: rubric)
        var errors = FormErrors()
        guard let checked = form.check(against: rubric, into: &errors) else {
            return try render(context, try app.reviewing.reviewPage(subject), form: form, preview: form.computedDecision(rubric), errors: errors, status: .unprocessableContent)
        }
        if context.request.form["intent"] == "check" { return try render(context, try app.reviewing.reviewPage(subject), form: form, preview: checked.computed) }
        let decided: Reviewing.Decided
        do {
            decided = try app.reviewing.decide(subject, .init(scores: checked.scores, summary: form.summary.trimmingCharacters(in: .whitespacesAndNewlines),
                                                              override: checked.override))
        } catch let error as ReviewError {
            return app.redirect(to: ReviewEndpoints.queue.path(), .error, error.message)
        }
        return app.redirect(to: ReviewEndpoints.queue.path(), .success,
                            "Decision recorded for attempt \(subject.submission.attempt): \(decided.review.decision.displayName). The educator can now read your feedback.")
    }

    // MARK: Rendering

    /// The review page with the form as typed, the decision the rubric gives, and the errors of a refused form.
    func render(_ context: SignedIn, _ review: Reviewing.ReviewPage, form: ReviewForm = ReviewForm(), preview: Decision? = nil,
                commentInput: VideoCommentInput? = nil, errors: FormErrors = FormErrors(), typedReplies: [String: String] = [:],
                status: HTTPStatus = .ok) throws -> Response {
        app.render(ReviewPage(context: page(context), attempt: review.current, version: review.subject.version,
                              educatorName: review.educatorName, history: review.history, names: review.names,
                              isOpen: review.isOpen, form: form, preview: preview, commentInput: commentInput, errors: errors,
                              typedReplies: typedReplies), status: status)
    }

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
