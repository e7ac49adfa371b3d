import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
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
        let organization = context.organization.id
        var titles: [Microcredential.ID: String] = [:]
        let rows = try queue(context).map { submission in
            if titles[submission.microcredentialID] == nil {
                titles[submission.microcredentialID] = try app.store.microcredentials.findVersion(submission.versionID, in: organization).design.title
            }
            return SecondScoringListPage.Row(submission: submission, title: titles[submission.microcredentialID] ?? "")
        }
        return app.render(SecondScoringListPage(context: page(context), rows: rows))
    }

    func form(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        let (submission, version) = try load(context, id)
        return app.render(SecondScoringPage(context: page(context), submission: submission, version: version))
    }

    func score(_ context: SignedIn, _ id: Submission.ID) throws -> Response {
        let (submission, version) = try load(context, id)
        var errors = FormErrors()
        let levels = RubricLevelFields.read(context.request.form, rubric: version.design.rubric, into: &errors)
        guard errors.isEmpty else {
            return app.render(SecondScoringPage(context: page(context), submission: submission, version: version, selected: levels, errors: errors),
                              status: .unprocessableContent)
        }
        do {
            try app.store.calibration.recordSecondScore(
                SecondScoring.Score(submissionID: submission.id, assessorID: context.member.person.id, scores: levels, scoredAt: app.clock()),
                in: context.organization.id)
        } catch let error as ReviewError {
            return app.redirect(to: ReviewEndpoints.secondScoring.path(), .error, error.message)
        }
        return app.redirect(to: ReviewEndpoints.secondScoring.path(), .success,
                            "Your second score of “\(version.design.title)” is recorded. Where it differs from the first review, a designer resolves it.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// What waits for this assessor's second score under the organization's policy.
    private func queue(_ context: SignedIn) throws -> [Submission] {
        let organization = context.organization.id
        return try app.store.calibration.secondScoringQueue(for: context.member.person.id,
                                                             scoring: try app.store.reviewPolicies.policy(in: organization).secondScoring,
                                                             in: organization)
    }

    /// The submission when it waits for this assessor's second score: 404 outside the
    /// organization, 403 when it is not theirs to score.
    private func load(_ context: SignedIn, _ id: Submission.ID) throws -> (Submission, MicrocredentialVersion) {
        let organization = context.organization.id
        guard try app.store.submissions.fetch(id, in: organization) != nil else { throw WebError.notFound }
        guard let submission = try queue(context).first(where: { $0.id == id }) else { throw WebError.forbidden }
        return (submission, try app.store.microcredentials.findVersion(submission.versionID, in: organization))
    }
}
