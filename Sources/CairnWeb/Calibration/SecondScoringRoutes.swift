import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// Blind second scoring: the share of decided submissions the review policy picks is scored again
/// by another assessor who never sees the first review.
struct SecondScoringRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(ReviewEndpoints.secondScoring, list)
        table.add(ReviewEndpoints.secondScore, form)
        table.add(ReviewEndpoints.saveSecondScore, score)
    }

    func list(_ context: SignedIn) throws -> Response {
        app.render(SecondScoringListPage(context: page(context), rows: try app.secondScores.listPage(for: context.member)))
    }

    func form(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        let assignment = try app.secondScores.assignment(id, for: context.member)
        return app.render(SecondScoringPage(context: page(context), submission: assignment.submission, version: assignment.version))
    }

    func score(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        let assignment = try app.secondScores.assignment(id, for: context.member)
        let (submission, version) = (assignment.submission, assignment.version)
        var errors = FormErrors()
        let levels = RubricLevelFields.read(context.request.form, rubric: version.design.rubric, into: &errors)
        guard errors.isEmpty else {
            return app.render(SecondScoringPage(context: page(context), submission: submission, version: version, selected: levels, errors: errors),
                              status: .unprocessableContent)
        }
        do {
            try app.secondScores.record(levels, on: assignment)
        } catch let error as ReviewError {
            return app.redirect(to: ReviewEndpoints.secondScoring.path(), .error, error.message)
        }
        return app.redirect(to: ReviewEndpoints.secondScoring.path(), .success,
                            "Your second score of “\(version.design.title)” is recorded. Where it differs from the first review, a designer resolves it.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
