import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The admin's review policy form: validated, saved in one go, per organization.
@Suite struct ReviewPolicyTests {
    static let admin = "admin@riverbend.example"

    @Test func showsTheStandardPolicyAndSavesANewOne() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            let id = version.microcredentialID.rawValue
            let client = try app.signedIn(Self.admin)
            let form = try client.get("/admin/review-policy")
            #expect(form.status == 200)
            #expect(form.inputValue("not_yet_before_coach") == "3")
            #expect(form.inputValue("claim_hours") == "48")
            #expect(form.inputValue("second_scoring_percent") == "0")
            #expect(!form.isChosen("hide_educator_names", id))

            let saved = try client.submit("/admin/review-policy", [("not_yet_before_coach", "2"), ("claim_hours", "24"),
                                                                   ("second_scoring_percent", "25"), ("hide_educator_names", id)])
            #expect(saved.status == 303)
            let organization = try app.organization("riverbend").id
            #expect(try app.store.reviewPolicies.policy(in: organization)
                    == ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 2), claimDuration: 24 * 3600, secondScoring: SecondScoring(share: 0.25)))
            #expect(try app.store.reviewPolicies.microcredentialsHidingEducatorNames(in: organization) == [version.microcredentialID])
            let again = try client.get("/admin/review-policy")
            #expect(again.inputValue("second_scoring_percent") == "25")
            #expect(again.isChosen("hide_educator_names", id))
            #expect(try app.store.reviewPolicies.policy(in: app.organization("lakeside").id) == .standard)

            _ = try client.submit("/admin/review-policy", [("not_yet_before_coach", "2"), ("claim_hours", "24"), ("second_scoring_percent", "25")])
            #expect(try app.store.reviewPolicies.microcredentialsHidingEducatorNames(in: organization).isEmpty, "unchecking shows names again")
        }
    }

    @Test(arguments: [
        ("not_yet_before_coach", "0", "Enter a whole number from 1 to 10."),
        ("not_yet_before_coach", "2.5", "Enter a whole number from 1 to 10."),
        ("claim_hours", "169", "Enter a number of hours from 1 to 168 (a week)."),
        ("claim_hours", "soon", "Enter a number of hours from 1 to 168 (a week)."),
        ("second_scoring_percent", "101", "Enter a percentage from 0 to 100."),
        ("hide_educator_names", "not-a-microcredential", "Choose among the microcredentials listed."),
    ])
    func refusesValuesOutOfRangeBesideTheFieldAndSavesNothing(_ field: String, _ value: String, _ message: String) throws {
        try TestApp.with { app in
            let client = try app.signedIn(Self.admin)
            var fields = [("not_yet_before_coach", "4"), ("claim_hours", "12"), ("second_scoring_percent", "10")].filter { $0.0 != field }
            fields.append((field, value))
            let refused = try client.submit("/admin/review-policy", fields)
            #expect(refused.status == 422)
            #expect(refused.fieldError(field) == message)
            #expect(try app.store.reviewPolicies.policy(in: app.organization("riverbend").id) == .standard)
        }
    }

    @Test func onlyAdminsMaySetIt() throws {
        try TestApp.with { app in
            let designer = try app.signedIn("designer@riverbend.example")
            #expect(try designer.get("/admin/review-policy").status == 403)
            #expect(try designer.post("/admin/review-policy", form: [("_csrf", try designer.csrfToken()), ("not_yet_before_coach", "1"),
                                                                     ("claim_hours", "1"), ("second_scoring_percent", "100")]).status == 403)
            #expect(try app.store.reviewPolicies.policy(in: app.organization("riverbend").id) == .standard)
        }
    }
}
