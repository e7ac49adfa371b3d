import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Who may open an enrollment's evidence files, and how they are served.
@Suite struct EvidenceAccessTests {
    @Test func theEducatorOpensTheirFilesWithTypeRangesAndPrivateCaching() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture()
            let educator = try app.signedIn("educator@riverbend.example")
            let pdf = try educator.get(fixture.path(fixture.pdf))
            #expect(pdf.status == 200)
            #expect(pdf.header("Content-Type") == "application/pdf")
            #expect(pdf.header("Cache-Control")?.hasPrefix("private") == true)
            #expect(pdf.header("Content-Disposition")?.hasPrefix("attachment; filename=\"plan.pdf\"") == true)
            #expect(pdf.text.hasPrefix("%PDF-1.4"))
            let video = try educator.get(fixture.path(fixture.video))
            #expect(video.header("Content-Type") == "video/mp4")
            #expect(video.header("Content-Disposition")?.hasPrefix("inline") == true)
            let range = try educator.get(fixture.path(fixture.video), headers: [("Range", "bytes=100-199")])
            #expect(range.status == 206)
            #expect(range.header("Content-Range") == "bytes 100-199/1000")
            #expect(range.body.count == 100)
            let poster = try educator.get(fixture.path(fixture.poster))
            #expect(poster.header("Content-Type") == "image/jpeg")
            let captions = try educator.get(fixture.path(fixture.captions))
            #expect(captions.header("Content-Type")?.hasPrefix("text/vtt") == true)
            #expect(captions.text.hasPrefix("WEBVTT"))
        }
    }

    @Test func aBlobTheEnrollmentDoesNotReferToIs404() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture()
            let stray = try app.app.installation.blobs.put(Array("%PDF-1.4 someone else's".utf8)).id.hex
            let educator = try app.signedIn("educator@riverbend.example")
            #expect(try educator.get(fixture.path(stray)).status == 404)
            #expect(try educator.get(fixture.path("not-a-hash")).status == 404)
            #expect(try educator.get(EvidenceEndpoints.file.path(Enrollment.ID(rawValue: "no-such-enrollment"), fixture.pdf)).status == 404)
        }
    }

    @Test func othersAreRefusedWith404AndAdminsAndCoachesOfTheEducatorMayOpen() throws {
        try TestApp.with { app in
            // Luis teaches at Riverbend High School; the demo coach coaches Riverbend Elementary.
            let fixture = try app.evidenceFixture(educator: "luis.ortega@riverbend.example")
            let path = fixture.path(fixture.pdf)
            #expect(try app.signedIn("mei.chen@riverbend.example").get(path).status == 404, "another educator")
            #expect(try app.signedIn("teacher@lakeside.example").get(path).status == 404, "another organization")
            #expect(try app.signedIn("admin@lakeside.example").get(path).status == 404, "another organization's admin")
            #expect(try app.signedIn("coach@riverbend.example").get(path).status == 404, "a coach of another school")
            #expect(try app.signedIn("designer@riverbend.example").get(path).status == 200, "a coach of the whole organization")
            #expect(try app.signedIn("admin@riverbend.example").get(path).status == 200, "an admin")
            #expect(try app.client().get(path).status == 303, "not signed in: the sign-in page")
            let jordans = try app.evidenceFixture(slug: "evidence-test-jordan")
            #expect(try app.signedIn("coach@riverbend.example").get(jordans.path(jordans.pdf)).status == 200,
                    "the coach of the educator's school")
        }
    }

    @Test func anAssessorOpensWhatWasSubmittedButNeverADraftAddedSince() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(submit: true)
            let organizationID = try app.organization("riverbend").id
            try app.store.submissions.addAssessor(try app.member("assessor@riverbend.example").person.id,
                                                  for: fixture.microcredentialID, in: organizationID)
            let draft = try app.app.installation.blobs.put(Array("%PDF-1.4\n% a new draft\n".utf8)).id.hex
            try app.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "Rewritten", files: [
                EvidenceFile(sha256: draft, filename: "draft.pdf", contentType: "application/pdf", size: 23),
            ]), to: fixture.enrollmentID, in: organizationID, at: Date())
            let assessor = try app.signedIn("assessor@riverbend.example")
            #expect(try assessor.get(fixture.path(fixture.pdf)).status == 200, "submitted")
            #expect(try assessor.get(fixture.path(draft)).status == 404, "only in the workspace")
            #expect(try app.signedIn("educator@riverbend.example").get(fixture.path(draft)).status == 200)
        }
    }

    @Test func anAssessorOfTheMicrocredentialOpensItOnlyOnceSubmitted() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture()
            let organizationID = try app.organization("riverbend").id
            try app.store.submissions.addAssessor(try app.member("assessor@riverbend.example").person.id,
                                                  for: fixture.microcredentialID, in: organizationID)
            let other = try app.microcredential("formative-assessment").id
            try app.store.submissions.addAssessor(try app.member("luis.ortega@riverbend.example").person.id, for: other, in: organizationID)
            let assessor = try app.signedIn("assessor@riverbend.example")
            #expect(try assessor.get(fixture.path(fixture.video)).status == 404, "nothing submitted yet")
            try app.store.submissions.submit(fixture.enrollmentID, in: organizationID, at: Date())
            #expect(try assessor.get(fixture.path(fixture.video)).status == 200)
            #expect(try app.signedIn("luis.ortega@riverbend.example").get(fixture.path(fixture.video)).status == 404,
                    "an assessor of another microcredential")
        }
    }

    @Test func aSubmittedFileStaysOpenAfterItLeavesTheWorkspace() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(submit: true)
            let organizationID = try app.organization("riverbend").id
            try app.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "Rewritten"), to: fixture.enrollmentID,
                                           in: organizationID, at: Date())
            let educator = try app.signedIn("educator@riverbend.example")
            #expect(try educator.get(fixture.path(fixture.pdf)).status == 200, "the snapshot still refers to it")
        }
    }

    @Test func aDesignerOpensTheSubmittedEvidenceOnceAnAttemptIsDecided() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(submit: true)
            let organizationID = try app.organization("riverbend").id
            let dana = try app.member("designer@riverbend.example")
            try app.store.members.setRoles([.designer], of: dana.membership.id, in: organizationID)  // no longer a coach
            let designer = try app.signedIn("designer@riverbend.example")
            #expect(try designer.get(fixture.path(fixture.pdf)).status == 404, "still waiting for review")

            let assessor = try app.member("assessor@riverbend.example").person.id
            try app.store.submissions.addAssessor(assessor, for: fixture.microcredentialID, in: organizationID)
            let submission = try #require(try app.store.submissions.submissions(of: fixture.enrollmentID, in: organizationID).first)
            let rubric = try app.store.microcredentials.findVersion(submission.versionID, in: organizationID).design.rubric
            try app.store.submissions.claim(submission.id, by: assessor, in: organizationID, at: Date())
            try app.store.reviews.decide(submission.id, by: assessor, scores: rubric.criteria.map {
                ScoreEntry(criterionID: $0.id, levelID: rubric.levels[0].id)
            }, in: organizationID, at: Date())
            #expect(try designer.get(fixture.path(fixture.pdf)).status == 200, "decided: a possible exemplar")

            // A second attempt waiting for review stays closed to the designer.
            #expect(try app.store.submissions.find(submission.id, in: organizationID).decision == .notYet)
            let fresh = try app.app.installation.blobs.put(Array("%PDF-1.4\n% the second attempt\n".utf8)).id.hex
            try app.store.enrollments.updateEntry("r1", of: fixture.enrollmentID, in: organizationID, at: Date()) { entry in
                entry.files.append(EvidenceFile(sha256: fresh, filename: "second.pdf", contentType: "application/pdf", size: 30))
            }
            try app.store.submissions.submit(fixture.enrollmentID, in: organizationID, at: Date())
            #expect(try designer.get(fixture.path(fresh)).status == 404, "not decided yet")
            #expect(try app.signedIn("assessor@riverbend.example").get(fixture.path(fresh)).status == 200, "the assessor sees it")
        }
    }
}
