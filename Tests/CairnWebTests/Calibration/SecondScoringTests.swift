import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Blind second scoring of the share of decided submissions the review policy picks, and the
/// designers' resolution of disagreements.
@Suite struct SecondScoringTests {
    static let first = "assessor@riverbend.example"
    static let second = "luis.ortega@riverbend.example"

    /// A submission decided by Samuel (c1 Demonstrated, c2 Approaching, with feedback), every submission picked, Luis assigned.
    func world(_ app: TestApp, share: Double = 1) throws -> (MicrocredentialVersion, Submission) {
        let version = try app.calibrationMicrocredential()
        let submission = try app.decidedSubmission(of: version, by: "educator@riverbend.example", text: "My reflection on hinge questions.",
                                                   assessor: Self.first, levels: ["c1": "demonstrated", "c2": "approaching"],
                                                   feedback: "FIRST-ASSESSOR-FEEDBACK")
        try app.assign(Self.second, to: version)
        try app.store.reviewPolicies.setPolicy(ReviewPolicy(secondScoring: SecondScoring(share: share)), in: app.organization("riverbend").id)
        return (version, submission)
    }

    @Test func theSecondAssessorScoresBlindAndTheFirstCannot() throws {
        try TestApp.with { app in
            let (_, submission) = try world(app)
            let path = "/review/second/\(submission.id.rawValue)"
            let second = try app.signedIn(Self.second)
            let list = try second.get("/review/second")
            #expect(list.status == 200)
            #expect(list.text.contains(#"href="\#(path)""#))
            let form = try second.get(path)
            #expect(form.status == 200)
            #expect(form.text.contains("My reflection on hinge questions."))
            for hidden in ["FIRST-ASSESSOR-FEEDBACK", "Samuel Osei", "Jordan Ellis", "checked"] {
                #expect(!form.text.contains(hidden), "the blind form shows \(hidden)")
            }

            let first = try app.signedIn(Self.first)
            #expect(!(try first.get("/review/second").text.contains(path)), "the first assessor does not score it again")
            #expect(try first.get(path).status == 403)
            #expect(try first.post(path, form: [("_csrf", try first.csrfToken()), ("level_c1", "exemplary"), ("level_c2", "exemplary")]).status == 403)

            let recorded = try second.submit(path, [("level_c1", "demonstrated"), ("level_c2", "demonstrated")])
            #expect(recorded.status == 303)
            #expect(recorded.location == "/review/second")
            let scores = try app.store.calibration.secondScores(of: submission.id, in: app.organization("riverbend").id)
            #expect(scores.map(\.scores) == [["c1": "demonstrated", "c2": "demonstrated"]])
            #expect(!(try second.get("/review/second").text.contains(path)), "scored once, it leaves the list")
            #expect(try second.get(path).status == 403)
        }
    }

    @Test func anIncompleteSecondScoreIs422AndNothingIsSaved() throws {
        try TestApp.with { app in
            let (_, submission) = try world(app)
            let path = "/review/second/\(submission.id.rawValue)"
            let second = try app.signedIn(Self.second)
            let refused = try second.submit(path, [("level_c1", "demonstrated"), ("level_c2", "")])
            #expect(refused.status == 422)
            #expect(refused.fieldError("level_c2") == "Choose a level for “Adjustment”.")
            #expect(try app.store.calibration.secondScores(of: submission.id, in: app.organization("riverbend").id).isEmpty)
        }
    }

    @Test func withoutAShareNothingIsPickedAndOthersAreRefused() throws {
        try TestApp.with { app in
            let (_, submission) = try world(app, share: 0)
            let path = "/review/second/\(submission.id.rawValue)"
            let second = try app.signedIn(Self.second)
            #expect(try second.get("/review/second").text.contains("Nothing waits for a second score from you."))
            #expect(try second.get(path).status == 403)
            try app.store.reviewPolicies.setPolicy(ReviewPolicy(secondScoring: SecondScoring(share: 1)), in: app.organization("riverbend").id)
            let educator = try app.signedIn("mei.chen@riverbend.example")
            #expect(try educator.get(path).status == 403)
            #expect(try educator.get("/review/second").status == 403)
            try app.makeLakesideAdminAnAssessor()
            let lakeside = try app.signedIn("admin@lakeside.example")
            #expect(try lakeside.get(path).status == 404)
            #expect(!(try lakeside.get("/review/second").text.contains(path)))
        }
    }

    @Test func aDisagreementGoesToTheDesignerWhoResolvesIt() throws {
        try TestApp.with { app in
            let (version, submission) = try world(app)
            let organization = try app.organization("riverbend").id
            let second = try app.signedIn(Self.second)
            _ = try second.submit("/review/second/\(submission.id.rawValue)", [("level_c1", "demonstrated"), ("level_c2", "demonstrated")])
            let id = version.microcredentialID.rawValue
            let designer = try app.signedIn("designer@riverbend.example")
            let list = try designer.get("/studio/\(id)/disagreements")
            #expect(list.status == 200)
            let row = try #require(list.tableRow(containing: "Adjustment"))
            #expect(row.contains("Differs") && row.contains("Approaching") && row.contains("Demonstrated") && row.contains("Not resolved yet"))
            #expect(list.tableRow(containing: "Alignment")?.contains("Differs") == false)
            #expect(list.text.contains("Samuel Osei") && list.text.contains("Luis Ortega"))
            let path = "/studio/\(id)/disagreements/\(submission.id.rawValue)/\(try app.member(Self.second).person.id.rawValue)"
            #expect(list.text.contains(#"href="\#(path)""#))

            let form = try designer.get(path)
            #expect(form.status == 200)
            #expect(form.isChosen("level_c1", "demonstrated"), "where they agreed, the level starts chosen")
            #expect(!form.isChosen("level_c2", "approaching") && !form.isChosen("level_c2", "demonstrated"))
            let refused = try designer.submit(path, [("level_c1", "demonstrated"), ("level_c2", "approaching"), ("note", "  ")])
            #expect(refused.status == 422)
            #expect(refused.fieldError("note") == "Say why these are the final levels.")
            #expect(try app.store.calibration.doubleScores(of: version.microcredentialID, in: organization).first?.resolution == nil)

            let resolved = try designer.submit(path, [("level_c1", "demonstrated"), ("level_c2", "approaching"),
                                                      ("note", "No adjustment is shown after the exit ticket.")])
            #expect(resolved.status == 303)
            let stored = try #require(try app.store.calibration.doubleScores(of: version.microcredentialID, in: organization).first?.resolution)
            #expect(stored.levels == ["c1": "demonstrated", "c2": "approaching"])
            #expect(stored.note == "No adjustment is shown after the exit ticket.")
            let after = try designer.get("/studio/\(id)/disagreements")
            #expect(after.text.contains("No adjustment is shown after the exit ticket."))
            #expect(after.tableRow(containing: "Adjustment")?.contains("Not resolved yet") == false)
            let pairs = try app.store.calibration.agreementPairs(in: organization)
            #expect(pairs.map(\.second) == ["demonstrated", "demonstrated"], "agreement keeps the assessors' own levels")

            #expect(try app.signedIn(Self.second).get("/studio/\(id)/disagreements").status == 403)
            let lakeside = try app.signedIn("admin@lakeside.example")
            #expect(try lakeside.get("/studio/\(id)/disagreements").status == 404)
            #expect(try lakeside.get(path).status == 404)
        }
    }

    @Test func withoutDisagreementsThePageSaysSo() throws {
        try TestApp.with { app in
            let (version, submission) = try world(app)
            let second = try app.signedIn(Self.second)
            _ = try second.submit("/review/second/\(submission.id.rawValue)", [("level_c1", "demonstrated"), ("level_c2", "approaching")])
            let designer = try app.signedIn("designer@riverbend.example")
            let list = try designer.get("/studio/\(version.microcredentialID.rawValue)/disagreements")
            #expect(list.text.contains("No disagreements"))
            let path = "/studio/\(version.microcredentialID.rawValue)/disagreements/\(submission.id.rawValue)/\(try app.member(Self.second).person.id.rawValue)"
            #expect(try designer.get(path).status == 404, "an agreeing pair has nothing to resolve")
        }
    }
}
