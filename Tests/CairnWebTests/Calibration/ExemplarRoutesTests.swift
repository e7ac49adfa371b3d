import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Designers mark decided submissions as exemplars with reference levels and a note, and remove them.
@Suite struct ExemplarRoutesTests {
    static let designer = "designer@riverbend.example"

    @Test func aDecidedSubmissionBecomesAnExemplarWithItsReviewsLevelsPrefilled() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            let submission = try app.decidedSubmission(of: version, by: "educator@riverbend.example",
                                                       levels: ["c1": "demonstrated", "c2": "approaching"])
            let id = version.microcredentialID.rawValue
            let designer = try app.signedIn(Self.designer)
            let list = try designer.get("/studio/\(id)/exemplars")
            #expect(list.status == 200)
            #expect(list.text.contains("No exemplars yet"))
            let formPath = "/studio/\(id)/exemplars/from/\(submission.id.rawValue)"
            #expect(list.text.contains(#"href="\#(formPath)""#))
            #expect(try designer.get("/studio/\(id)").text.contains(#"href="/studio/\#(id)/exemplars""#), "the overview links to the exemplars")

            let form = try designer.get(formPath)
            #expect(form.status == 200)
            #expect(form.text.contains("I asked better questions."))
            #expect(form.isChosen("level_c1", "demonstrated"))
            #expect(form.isChosen("level_c2", "approaching"))

            let created = try designer.submit(formPath, [("level_c1", "exemplary"), ("level_c2", "approaching"),
                                                         ("note", "Strong alignment: every question targets the objective.")])
            #expect(created.status == 303)
            #expect(created.location == "/studio/\(id)/exemplars")
            let exemplars = try app.store.calibration.exemplars(of: version.microcredentialID, in: app.organization("riverbend").id)
            #expect(exemplars.count == 1)
            #expect(exemplars.first?.referenceScores == ["c1": "exemplary", "c2": "approaching"])
            #expect(exemplars.first?.note == "Strong alignment: every question targets the objective.")
            #expect(exemplars.first?.snapshot == submission.snapshot)
            let after = try designer.get("/studio/\(id)/exemplars")
            #expect(after.text.contains("Already an exemplar"))
            #expect(after.text.contains("Strong alignment: every question targets the objective."))
            #expect(after.tableRow(containing: "Alignment")?.contains("Exemplary") == true)

            let again = try designer.submit(formPath, [("level_c1", "exemplary"), ("level_c2", "approaching")])
            #expect(again.status == 303)
            #expect(try designer.follow(again).flash == "This submission is already an exemplar.")
            #expect(try app.store.calibration.exemplars(of: version.microcredentialID, in: app.organization("riverbend").id).count == 1)

            let exemplar = try #require(exemplars.first)
            let removed = try designer.submit("/studio/\(id)/exemplars", to: "/studio/\(id)/exemplars/\(exemplar.id.rawValue)/remove", [])
            #expect(removed.status == 303)
            #expect(try app.store.calibration.exemplars(of: version.microcredentialID, in: app.organization("riverbend").id).isEmpty)
            let missing = try designer.submit("/studio/\(id)/exemplars", to: "/studio/\(id)/exemplars/\(exemplar.id.rawValue)/remove", [])
            #expect(missing.status == 404)
        }
    }

    @Test func aMissingLevelOrALongNoteIs422AndNothingIsSaved() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            let submission = try app.decidedSubmission(of: version, by: "educator@riverbend.example",
                                                       levels: ["c1": "demonstrated", "c2": "approaching"])
            let formPath = "/studio/\(version.microcredentialID.rawValue)/exemplars/from/\(submission.id.rawValue)"
            let designer = try app.signedIn(Self.designer)
            let refused = try designer.submit(formPath, [("level_c1", "exemplary"), ("level_c2", "brilliant"),
                                                         ("note", String(repeating: "x", count: 2001))])
            #expect(refused.status == 422)
            #expect(refused.fieldError("level_c2") == "Choose a level for “Adjustment”.")
            #expect(refused.fieldError("note") == "Use at most 2,000 characters.")
            #expect(refused.fieldError("level_c1") == nil)
            #expect(refused.isChosen("level_c1", "exemplary"), "what was chosen is kept")
            #expect(try app.store.calibration.exemplars(of: version.microcredentialID, in: app.organization("riverbend").id).isEmpty)
        }
    }

    @Test func otherRolesAreRefusedAndOtherOrganizationsAndMicrocredentialsSee404() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            let other = try app.calibrationMicrocredential(slug: "another-one")
            let submission = try app.decidedSubmission(of: version, by: "educator@riverbend.example",
                                                       levels: ["c1": "demonstrated", "c2": "approaching"])
            let id = version.microcredentialID.rawValue
            let assessor = try app.signedIn("assessor@riverbend.example")
            #expect(try assessor.get("/studio/\(id)/exemplars").status == 403)
            #expect(try assessor.post("/studio/\(id)/exemplars/from/\(submission.id.rawValue)",
                                      form: [("_csrf", try assessor.csrfToken()), ("level_c1", "exemplary"), ("level_c2", "exemplary")]).status == 403)
            let lakeside = try app.signedIn("admin@lakeside.example")
            #expect(try lakeside.get("/studio/\(id)/exemplars").status == 404)
            #expect(try lakeside.get("/studio/\(id)/exemplars/from/\(submission.id.rawValue)").status == 404)
            let designer = try app.signedIn(Self.designer)
            #expect(try designer.get("/studio/\(other.microcredentialID.rawValue)/exemplars/from/\(submission.id.rawValue)").status == 404,
                    "a submission of another microcredential")
            #expect(try app.store.calibration.exemplars(of: version.microcredentialID, in: app.organization("riverbend").id).isEmpty)
        }
    }

    @Test func anUndecidedSubmissionCannotBeAnExemplar() throws {
        try TestApp.with { app in
            let version = try app.calibrationMicrocredential()
            let organization = try app.organization("riverbend").id
            let enrollment = Enrollment(organizationID: organization, educatorID: try app.member("educator@riverbend.example").person.id,
                                        microcredentialID: version.microcredentialID, versionID: version.id, startedAt: Date())
            try app.store.enrollments.enroll(enrollment)
            try app.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "Waiting."), to: enrollment.id, in: organization, at: Date())
            let submission = try app.store.submissions.submit(enrollment.id, in: organization, at: Date())
            let designer = try app.signedIn(Self.designer)
            #expect(try designer.get("/studio/\(version.microcredentialID.rawValue)/exemplars/from/\(submission.id.rawValue)").status == 404)
        }
    }
}
