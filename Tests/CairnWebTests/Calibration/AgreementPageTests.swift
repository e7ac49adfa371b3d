import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The admin's agreement page, checked against a small example computed by hand.
@Suite struct AgreementPageTests {
    @Test func withoutDoubleScoresThePageSaysWhatToDo() throws {
        try TestApp.with { app in
            let page = try app.signedIn("admin@riverbend.example").get("/admin/agreement")
            #expect(page.status == 200)
            #expect(page.text.contains("No submission has been scored twice yet."))
            #expect(page.text.contains(#"href="/admin/review-policy""#))
        }
    }

    /// Samuel decides two submissions, Luis scores both again:
    ///
    /// | submission | Alignment (c1)            | Adjustment (c2)            |
    /// | S1         | Demonstrated/Demonstrated | Approaching/Demonstrated   |
    /// | S2         | Exemplary/Exemplary       | Demonstrated/Demonstrated  |
    ///
    /// Overall: 3 of 4 agree (75%); Samuel's levels D, A, E, D and Luis's D, D, E, D give
    /// pₑ = (2·3 + 1·0 + 1·1)/16 = 7/16, κ = (12/16 − 7/16)/(9/16) = 5/9 ≈ 0.56, for both assessors.
    /// Alignment: 2 of 2 agree, pₑ = 1/2, κ = 1. Adjustment: 1 of 2, first A, D and second D, D: pₑ = 1/2, κ = 0.
    @Test func showsExactAgreementAndKappaPerAssessorAndPerCriterion() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            let organization = try app.organization("riverbend").id
            let luis = try app.member("luis.ortega@riverbend.example").person.id
            let s1 = try app.decidedSubmission(of: version, by: "educator@riverbend.example", levels: ["c1": "demonstrated", "c2": "approaching"])
            let s2 = try app.decidedSubmission(of: version, by: "mei.chen@riverbend.example", levels: ["c1": "exemplary", "c2": "demonstrated"])
            for (submission, levels) in [(s1, ["c1": "demonstrated", "c2": "demonstrated"]), (s2, ["c1": "exemplary", "c2": "demonstrated"])] {
                try app.store.calibration.recordSecondScore(
                    SecondScoring.Score(submissionID: submission.id, assessorID: luis, scores: levels, scoredAt: Date()), in: organization)
            }
            let page = try app.signedIn("admin@riverbend.example").get("/admin/agreement")
            #expect(page.status == 200)
            #expect(page.text.contains("Double-scored submissions: 2"))
            #expect(page.text.contains("Exact agreement: 75%"))
            #expect(page.text.contains("Cohen&#39;s kappa: 0.56") || page.text.contains("Cohen's kappa: 0.56"))
            for name in ["Samuel Osei", "Luis Ortega"] {
                let row = try #require(page.tableRow(containing: name))
                #expect(row.contains(">4<") && row.contains("75%") && row.contains("0.56"), "\(name): \(row)")
            }
            let alignment = try #require(page.tableRow(containing: "Alignment"))
            #expect(alignment.contains("Reflective practice") && alignment.contains(">2<") && alignment.contains("100%") && alignment.contains("1.00"))
            let adjustment = try #require(page.tableRow(containing: "Adjustment"))
            #expect(adjustment.contains("50%") && adjustment.contains("0.00"))
        }
    }

    @Test func onlyAdminsSeeItAndOnlyTheirOrganization() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            let submission = try app.decidedSubmission(of: version, by: "educator@riverbend.example", levels: ["c1": "demonstrated", "c2": "approaching"])
            try app.store.calibration.recordSecondScore(
                SecondScoring.Score(submissionID: submission.id, assessorID: try app.member("luis.ortega@riverbend.example").person.id,
                                    scores: ["c1": "demonstrated", "c2": "demonstrated"], scoredAt: Date()),
                in: app.organization("riverbend").id)
            #expect(try app.signedIn("designer@riverbend.example").get("/admin/agreement").status == 403)
            #expect(try app.signedIn("assessor@riverbend.example").get("/admin/agreement").status == 403)
            #expect(try app.signedIn("admin@lakeside.example").get("/admin/agreement").text.contains("No submission has been scored twice yet."))
        }
    }
}
