import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
import Foundation

/// The educator's side of review: the feedback on a decided attempt, with every attempt on record.
struct FeedbackRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(EarningEndpoints.feedback, show)
    }

    func show(_ context: SignedIn, _ enrollmentID: Enrollment.ID, _ submissionID: Submission.ID) throws -> Response {
        let enrollment = try EarningRoutes(app: app).ownEnrollment(context, enrollmentID)
        let records = try attempts(of: enrollment, in: context.organization.id)
        guard let record = records.first(where: { $0.submission.id == submissionID && $0.review != nil })
        else { throw WebError.notFound }
        return try render(context, enrollment, record.submission, records: records)
    }

    /// Every attempt with, once decided, its review and comments (an attempt under review shows neither yet).
    func attempts(of enrollment: Enrollment, in organizationID: Organization.ID) throws -> [AttemptRecord] {
        try app.store.submissions.submissions(of: enrollment.id, in: organizationID).map { attempt in
            guard attempt.decision != nil else { return AttemptRecord(submission: attempt, review: nil, comments: []) }
            return AttemptRecord(submission: attempt, review: try app.store.reviews.review(of: attempt.id, in: organizationID),
                                 comments: try app.store.reviews.comments(on: attempt.id, in: organizationID))
        }
    }

    func render(_ context: SignedIn, _ enrollment: Enrollment, _ submission: Submission, records: [AttemptRecord],
                errors: FormErrors = FormErrors(), typedReplies: [String: String] = [:], status: HTTPStatus = .ok) throws -> Response {
        let organizationID = context.organization.id
        let version = try app.store.microcredentials.findVersion(enrollment.versionID, in: organizationID)
        guard let record = records.first(where: { $0.submission.id == submission.id }) else { throw WebError.notFound }
        let guidance = try AttemptGuidance.load(for: context.member, enrollmentID: enrollment.id, submissions: records.map(\.submission),
                                                store: app.store)
        let names = try CommentAuthors.names(in: records, educatorID: enrollment.educatorID, hideEducator: false, store: app.store)
        return app.render(FeedbackPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), record: record,
                                       records: records, version: version, guidance: guidance, names: names, errors: errors,
                                       typedReplies: typedReplies), status: status)
    }
}
