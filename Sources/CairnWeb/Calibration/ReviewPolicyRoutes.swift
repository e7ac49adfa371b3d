import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// The admin's review policy: *not yet* decisions before a coach, how long a claim holds, the
/// share of submissions scored twice, and which microcredentials hide educators' names from assessors.
struct ReviewPolicyRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(AdminEndpoints.reviewPolicy) { (context: SignedIn) in try form(context) }
        table.add(AdminEndpoints.saveReviewPolicy, save)
    }

    func form(_ context: SignedIn) throws -> Response {
        let found = try app.reviewPolicies.page(by: context.member)
        let policy = found.policy
        let values = ReviewPolicyPage.Values(
            notYetBeforeCoach: String(policy.attempts.notYetBeforeCoach),
            claimHours: Wording.number((policy.claimDuration / 3600 * 100).rounded() / 100),
            secondScoringPercent: Wording.number((policy.secondScoring.share * 1000).rounded() / 10),
            hidden: Set(found.hiding.map(\.rawValue)))
        return app.render(ReviewPolicyPage(context: page(context), microcredentials: found.microcredentials.map(Choice.init), values: values))
    }

    func save(_ context: SignedIn) throws -> Response {
        let form = context.request.form
        let microcredentials = try app.reviewPolicies.page(by: context.member).microcredentials.map(Choice.init)
        let values = ReviewPolicyPage.Values(notYetBeforeCoach: form["not_yet_before_coach"] ?? "", claimHours: form["claim_hours"] ?? "",
                                             secondScoringPercent: form["second_scoring_percent"] ?? "",
                                             hidden: Set(form.values("hide_educator_names")))
        var errors = FormErrors()
        let notYet = Self.number(values.notYetBeforeCoach, in: 1...10, whole: true, "Enter a whole number from 1 to 10.",
                                 "not_yet_before_coach", &errors)
        let hours = Self.number(values.claimHours, in: 1...168, "Enter a number of hours from 1 to 168 (a week).", "claim_hours", &errors)
        let percent = Self.number(values.secondScoringPercent, in: 0...100, "Enter a percentage from 0 to 100.", "second_scoring_percent", &errors)
        let known = Set(microcredentials.map(\.value))
        if !values.hidden.isSubset(of: known) { errors.add("Choose among the microcredentials listed.", for: "hide_educator_names") }
        guard errors.isEmpty, let notYet, let hours, let percent else {
            return app.render(ReviewPolicyPage(context: page(context), microcredentials: microcredentials, values: values, errors: errors),
                              status: .unprocessableContent)
        }
        let policy = ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: Int(notYet)), claimDuration: hours * 3600,
                                  secondScoring: SecondScoring(share: percent / 100))
        try app.reviewPolicies.save(policy, hiding: Set(values.hidden.map(Microcredential.ID.init(rawValue:))), by: context.member)
        return app.redirect(to: AdminEndpoints.reviewPolicy.path(), .success, "The review policy is saved.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The number typed when it is within `range` (and whole, if asked; a comma is read as a decimal
    /// point); otherwise records `message` for `field`.
    static func number(_ typed: String, in range: ClosedRange<Double>, whole: Bool = false, _ message: String, _ field: String,
                       _ errors: inout FormErrors) -> Double? {
        let text = typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(text), value.isFinite, range.contains(value), !whole || value == value.rounded() else {
            errors.add(message, for: field)
            return nil
        }
        return value
    }
}
