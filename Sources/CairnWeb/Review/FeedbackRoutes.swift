import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The educator's side of review: the feedback on a decided attempt, with every attempt on record.
struct FeedbackRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(EarningEndpoints.feedback, show)
    }

    func show(_ context: SignedIn, _ enrollmentID: Enrollment.ID, _ submissionID: Submission.ID) throws -> Response {
        render(context, try app.earning.feedbackPage(enrollmentID, submissionID, by: context.member))
    }

    /// The feedback page, with the errors and text of a refused reply.
    func render(_ context: SignedIn, _ feedback: Earning.FeedbackPage, errors: FormErrors = FormErrors(),
                typedReplies: [String: String] = [:], status: HTTPStatus = .ok) -> Response {
        app.render(FeedbackPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), record: feedback.record,
                                records: feedback.records, version: feedback.version, guidance: feedback.guidance, names: feedback.names,
                                errors: errors, typedReplies: typedReplies), status: status)
    }
}
