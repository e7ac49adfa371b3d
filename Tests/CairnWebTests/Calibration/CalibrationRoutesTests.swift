import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Assessors score a microcredential's exemplars, one by one, before reviewing it and see where they differed.
@Suite struct CalibrationRoutesTests {
    static let assessor = "assessor@riverbend.example"

    /// The calibration microcredential with one exemplar (references: c1 Demonstrated, c2 Approaching) and the assessor assigned.
    func world(_ app: TestApp) throws -> (MicrocredentialVersion, Exemplar) {
        let version = try app.calibrationMicrocredential()
        let submission = try app.decidedSubmission(of: version, by: "educator@riverbend.example", text: "Exit tickets every day.",
                                                   assessor: "luis.ortega@riverbend.example",
                                                   levels: ["c1": "demonstrated", "c2": "approaching"])
        let exemplar = Exemplar(organizationID: try app.organization("riverbend").id, microcredentialID: version.microcredentialID,
                                versionID: version.id, submissionID: submission.id, snapshot: submission.snapshot,
                                referenceScores: ["c1": "demonstrated", "c2": "approaching"],
                                note: "The plan aligns, but nothing is adjusted after the exit ticket.",
                                createdBy: try app.member("designer@riverbend.example").person.id, createdAt: Date())
        try app.store.calibration.add(exemplar)
        try app.assign(Self.assessor, to: version)
        return (version, exemplar)
    }

    @Test func scoringAnExemplarShowsWhereTheAssessorDifferedAndEndsTheNeedToCalibrate() throws {
        try TestApp.with { app in
            let (version, exemplar) = try world(app)
            let organization = try app.organization("riverbend").id
            let assessorID = try app.member(Self.assessor).person.id
            #expect(try app.app.needsCalibration(assessor: assessorID, microcredential: version.microcredentialID, in: organization))
            let path = "/review/calibration/\(version.microcredentialID.rawValue)"
            let client = try app.signedIn(Self.assessor)
            let page = try client.get(path)
            #expect(page.status == 200)
            #expect(page.text.contains("Exit tickets every day."))
            #expect(page.text.contains("Exemplar 1 of 1"))
            #expect(!page.text.contains("Jordan Ellis"), "exemplars never name the educator")
            #expect(!page.text.contains("nothing is adjusted"), "the reference note waits until after scoring")
            #expect(page.inputValue("exemplar") == exemplar.id.rawValue)
            #expect(!page.isChosen("level_c1", "demonstrated"), "the reference levels are not shown before scoring")

            let results = try client.submit(path, [("exemplar", exemplar.id.rawValue), ("level_c1", "exemplary"), ("level_c2", "approaching")])
            #expect(results.status == 200)
            #expect(results.text.contains("You matched the reference level on 1 of 2 criteria."))
            let row = try #require(results.tableRow(containing: "Alignment"))
            #expect(row.contains("Exemplary") && row.contains("Demonstrated") && row.contains("1 level higher"))
            #expect(results.tableRow(containing: "Adjustment") == nil, "only the criteria that differ are listed")
            #expect(results.text.contains("The plan aligns, but nothing is adjusted after the exit ticket."))
            #expect(results.text.contains("You have scored every exemplar"))
            #expect(!(try app.app.needsCalibration(assessor: assessorID, microcredential: version.microcredentialID, in: organization)))
            #expect(try client.get(path).text.contains("You have scored this exemplar before"))
        }
    }

    @Test func withTwoExemplarsTheResultsLeadToTheNextOne() throws {
        try TestApp.with { app in
            let (version, first) = try world(app)
            let second = Exemplar(organizationID: first.organizationID, microcredentialID: first.microcredentialID, versionID: first.versionID,
                                  submissionID: nil, snapshot: first.snapshot, referenceScores: ["c1": "exemplary", "c2": "exemplary"],
                                  createdBy: first.createdBy, createdAt: first.createdAt.addingTimeInterval(60))
            #expect(try app.store.calibration.add(second), "an exemplar without a submission (a submission is an exemplar once)")
            let path = "/review/calibration/\(version.microcredentialID.rawValue)"
            let client = try app.signedIn(Self.assessor)
            let results = try client.submit(path, [("exemplar", first.id.rawValue), ("level_c1", "demonstrated"), ("level_c2", "approaching")])
            #expect(results.text.contains("You matched the reference on every criterion."))
            let next = "\(path)?exemplar=\(second.id.rawValue)"
            #expect(results.text.contains(#"href="\#(next)""#))
            #expect(try client.get(path).inputValue("exemplar") == second.id.rawValue, "the page opens on the exemplar not scored yet")
            #expect(try client.get(next).text.contains("Exemplar 2 of 2"))
            #expect(try client.get(path + "?exemplar=unknown").status == 404)
            #expect(try app.app.needsCalibration(assessor: app.member(Self.assessor).person.id, microcredential: version.microcredentialID,
                                                 in: app.organization("riverbend").id))
        }
    }

    @Test func anIncompleteScoreIs422AndNothingIsRecorded() throws {
        try TestApp.with { app in
            let (version, exemplar) = try world(app)
            let path = "/review/calibration/\(version.microcredentialID.rawValue)"
            let client = try app.signedIn(Self.assessor)
            let refused = try client.submit(path, [("exemplar", exemplar.id.rawValue), ("level_c1", "exemplary")])
            #expect(refused.status == 422)
            #expect(refused.fieldError("level_c2") == "Choose a level for “Adjustment”.")
            #expect(refused.isChosen("level_c1", "exemplary"))
            #expect(try app.app.needsCalibration(assessor: app.member(Self.assessor).person.id, microcredential: version.microcredentialID,
                                                 in: app.organization("riverbend").id))
            #expect(try client.submit(path, [("exemplar", "unknown"), ("level_c1", "exemplary"), ("level_c2", "exemplary")]).status == 404)
        }
    }

    @Test func withoutExemplarsThereIsNothingToCalibrate() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            try app.assign(Self.assessor, to: version)
            #expect(!(try app.app.needsCalibration(assessor: app.member(Self.assessor).person.id,
                                                   microcredential: version.microcredentialID, in: app.organization("riverbend").id)))
            let page = try app.signedIn(Self.assessor).get("/review/calibration/\(version.microcredentialID.rawValue)")
            #expect(page.status == 200)
            #expect(page.text.contains("no exemplars yet"))
        }
    }

    @Test func onlyAssessorsOfTheMicrocredentialMayCalibrate() throws {
        try TestApp.with { app in
            let (version, exemplar) = try world(app)
            let other = try app.calibrationMicrocredential(slug: "another-one")
            let path = "/review/calibration/\(version.microcredentialID.rawValue)"
            let educator = try app.signedIn("educator@riverbend.example")
            #expect(try educator.get(path).status == 403)
            // Mei is no assessor; a member assessing only another microcredential is refused too.
            let organization = try app.organization("riverbend").id
            let mei = try app.member("mei.chen@riverbend.example")
            try app.store.members.setRoles([.educator, .assessor], of: mei.membership.id, in: organization)
            try app.store.submissions.addAssessor(mei.person.id, for: other.microcredentialID, in: organization)
            let otherAssessor = try app.signedIn("mei.chen@riverbend.example")
            #expect(try otherAssessor.get(path).status == 403)
            #expect(try otherAssessor.post(path, form: [("_csrf", try otherAssessor.csrfToken()), ("exemplar", exemplar.id.rawValue),
                                                        ("level_c1", "exemplary"), ("level_c2", "exemplary")]).status == 403)
            #expect(try app.app.needsCalibration(assessor: mei.person.id, microcredential: version.microcredentialID, in: organization))
            try app.makeLakesideAdminAnAssessor()
            let lakeside = try app.signedIn("admin@lakeside.example")
            #expect(try lakeside.get(path).status == 404)
        }
    }
}
