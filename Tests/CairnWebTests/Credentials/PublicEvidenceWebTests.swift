import CairnApp
import CairnCore
@testable import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// Public evidence through the web: the "Show with my credential" checkbox (with its CSRF token and
/// its warning about students), the credential's page listing only what was chosen, the files
/// served only while the credential is shared and active, and the holder's withdrawal (410 Gone).
@Suite struct PublicEvidenceWebTests {
    static let educator = "educator@riverbend.example"

    /// What a test needs: the educator's browser, the workspace path, the enrollment, the blobs.
    struct Earned {
        let browser: HTTPTestClient
        let workspace: String
        let enrollment: Enrollment
        let pdf: String
        let video: String
    }

    /// The educator enrolls through the pages in a one-reflection microcredential, chooses (or not)
    /// to show the reflection, submits; the reflection's snapshot gets a PDF and a video; an assessor decides *earned*.
    static func earn(_ app: TestApp, choose: Bool) throws -> (Earned, IssuedCredential) {
        try app.publishTextOnly("public-evidence", title: "Questioning")
        try app.assign("assessor@riverbend.example", toAssess: "public-evidence")
        let browser = try app.signedIn(educator)
        let workspace = try app.enroll(browser, in: "public-evidence")
        if choose {
            // Chosen once written: a choice is consent to what the item holds when it is made.
            #expect(try browser.post(workspace + "/evidence/r1", form: [("_csrf", try browser.csrfToken()), ("text-r1", "What I learned."),
                                                                        ("links-r1", "")]).status == 303)
            let chosen = try browser.submit(workspace, to: workspace + "/evidence/r1/public", [(PublicChoiceForm.field, "1")])
            #expect(chosen.status == 303 && chosen.location == workspace + "#requirement-r1")
        }
        try app.submit(browser, workspace: workspace)
        let enrollment = try app.enrollment(at: workspace)
        let pdf = try app.app.installation.blobs.put(Array("%PDF-1.4\n% lesson plan\n".utf8)).id.hex
        let video = try app.app.installation.blobs.put(TestApp.videoBytes).id.hex
        let submission = try #require(try app.store.submissions.submissions(of: enrollment.id, in: enrollment.organizationID).last)
        let snapshot = EvidenceSnapshot(items: [try EvidenceItem(requirementID: "r1", text: "What I learned.", files: [
            EvidenceFile(sha256: pdf, filename: "plan.pdf", contentType: "application/pdf", size: 24),
            EvidenceFile(sha256: video, filename: "lesson.mp4", contentType: "video/mp4", size: Int64(TestApp.videoBytes.count),
                         videoDurationSeconds: 95, consentConfirmed: true),
        ])])
        try app.store.write { tx in
            try tx.execute("UPDATE submissions SET snapshot_json = \(try JSONColumn.encode(snapshot)) WHERE id = \(submission.id)")
        }
        try app.decideLatest(of: enrollment, by: "assessor@riverbend.example", level: "demonstrated")
        let held = try app.store.credentials.credentials(of: enrollment.educatorID, in: enrollment.organizationID)
        let credential = try #require(held.first { $0.microcredentialID == enrollment.microcredentialID })
        return (Earned(browser: browser, workspace: workspace, enrollment: enrollment, pdf: pdf, video: video), credential)
    }

    @Test func theCheckboxIsOffByDefaultWarnsAboutStudentsAndNeedsTheFormsToken() throws {
        try TestApp.with { app in
            try app.publishTextOnly("public-evidence", title: "Questioning")
            let browser = try app.signedIn(Self.educator)
            let workspace = try app.enroll(browser, in: "public-evidence")
            let page = try browser.get(workspace)
            #expect(page.text.contains("Show with my credential") && !page.isChosen(PublicChoiceForm.field, "1"))
            #expect(page.text.contains("anyone who sees your credential can read this evidence"))
            #expect(page.text.contains("face, name or work only with consent on file"))

            let action = workspace + "/evidence/r1/public"
            #expect(try browser.post(action, form: [(PublicChoiceForm.field, "1")]).status == 403, "no CSRF token, no change")
            let enrollment = try app.enrollment(at: workspace)
            #expect(try app.store.enrollments.publicChoices(of: enrollment.id, in: enrollment.organizationID).isEmpty)
            #expect(try browser.submit(workspace, to: action, [(PublicChoiceForm.field, "1")]).status == 303)
            #expect(try browser.get(workspace).isChosen(PublicChoiceForm.field, "1"))
            #expect(try browser.submit(workspace, to: action, []).status == 303, "an unchecked box sends nothing: private again")
            #expect(!(try browser.get(workspace).isChosen(PublicChoiceForm.field, "1")))
            #expect(try browser.submit(workspace, to: workspace + "/evidence/r9/public", [(PublicChoiceForm.field, "1")]).status == 404)
        }
    }

    @Test func onlyTheEducatorChoosesForTheirOwnEnrollment() throws {
        try TestApp.with { app in
            try app.publishTextOnly("public-evidence", title: "Questioning")
            let workspace = try app.enroll(try app.signedIn(Self.educator), in: "public-evidence")
            let action = workspace + "/evidence/r1/public"
            let anonymous = try app.client().post(action, form: [(PublicChoiceForm.field, "1")])
            #expect(anonymous.status == 403, "a post without a session carries no CSRF token: refused")
            let another = try app.signedIn("mei.chen@riverbend.example")
            #expect(try another.submit("/earn", to: action, [(PublicChoiceForm.field, "1")]).status == 404)
            let assessor = try app.signedIn("assessor@riverbend.example")
            #expect(try assessor.submit("/dashboard", to: action, [(PublicChoiceForm.field, "1")]).status == 403)
            let stranger = try app.signedIn("admin@lakeside.example")
            #expect(try stranger.submit("/dashboard", to: action, [(PublicChoiceForm.field, "1")]).status == 403, "not an educator there")
            let enrollment = try app.enrollment(at: workspace)
            #expect(try app.store.enrollments.publicChoices(of: enrollment.id, in: enrollment.organizationID).isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func thePublicPageListsTheChosenEvidenceAndItsFilesWhileSharedAndInForce(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let (earned, credential) = try Self.earn(app, choose: true)
            #expect(credential.document.contains("/credentials/\(credential.id.rawValue)/evidence/1"))
            let page = CredentialEndpoints.page.path(credential.id)
            let pdfPath = CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.pdf)
            let videoPath = CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.video)
            let visitor = app.client()
            let shown = try visitor.get(page)
            #expect(shown.status == 200 && shown.text.contains("Evidence the educator chose to show"))
            #expect(shown.text.contains("id=\"evidence-1\"") && shown.text.contains("What I learned."))
            #expect(shown.text.contains("href=\"\(pdfPath)\"") && shown.text.contains("<video") && shown.text.contains("src=\"\(videoPath)\""))
            #expect(!shown.text.contains("Withdraw"), "only the holder may withdraw")

            let file = try visitor.get(pdfPath)
            #expect(file.status == 200 && file.header("Content-Type") == "application/pdf" && file.text.hasPrefix("%PDF-1.4"))
            #expect(file.header("X-Content-Type-Options") == "nosniff")
            let range = try visitor.get(videoPath, headers: [("Range", "bytes=100-199")])
            #expect(range.status == 206 && range.body.count == 100)
            let item = try visitor.get(CredentialEndpoints.evidence.path(credential.id, 1))
            #expect(item.status == 303 && item.location == page + "#evidence-1")
            #expect(try visitor.get(CredentialEndpoints.evidence.path(credential.id, 2)).status == 404)
            #expect(try visitor.get(CredentialEndpoints.evidenceFile.path(credential.id, 2, earned.pdf)).status == 404)
            #expect(try visitor.get(CredentialEndpoints.evidenceFile.path(credential.id, 1, String(repeating: "0", count: 64))).status == 404)
            #expect(try visitor.get(CredentialEndpoints.evidenceFile.path(.generate(), 1, earned.pdf)).status == 404)

            let holder = earned.browser
            #expect(try holder.submit(page, to: CredentialEndpoints.share.path(credential.id), [("public_page", "0")]).status == 303)
            #expect(try visitor.get(pdfPath).status == 404, "hidden: nothing is served")
            #expect(try holder.get(pdfPath).status == 404, "not even to the holder, who has the workspace for that")
            #expect(try holder.get(page).text.contains("While this page is hidden, these files are not served to anyone"))
            #expect(try holder.submit(page, to: CredentialEndpoints.share.path(credential.id), [("public_page", "1")]).status == 303)
            #expect(try visitor.get(pdfPath).status == 200)
            let admin = try app.signedIn("admin@riverbend.example")
            #expect(try admin.submit(page, to: CredentialEndpoints.status.path(credential.id),
                                     [("status", "revoked"), ("reason", "Awarded in error.")]).status == 303)
            #expect(try visitor.get(pdfPath).status == 404, "revoked: nothing is served")
            #expect(!(try visitor.get(page).text.contains("Evidence the educator chose to show")))
        }
    }

    @Test func nothingChosenMeansNoEvidenceOnThePageAndNoAddress() throws {
        try TestApp.with { app in
            let (earned, credential) = try Self.earn(app, choose: false)
            #expect(!credential.document.contains("\"evidence\""))
            let visitor = app.client()
            #expect(!(try visitor.get(CredentialEndpoints.page.path(credential.id)).text.contains("Evidence the educator chose to show")))
            #expect(try visitor.get(CredentialEndpoints.evidence.path(credential.id, 1)).status == 404)
            #expect(try visitor.get(CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.pdf)).status == 404)
            let workspace = try earned.browser.get(earned.workspace)
            #expect(workspace.text.contains("Private: not shown with your credential."))
            let late = try earned.browser.post(earned.workspace + "/evidence/r1/public",
                                               form: [(PublicChoiceForm.field, "1"), ("_csrf", try #require(workspace.csrfToken))])
            #expect(late.status == 303 && late.location == earned.workspace, "refused once earned, with a message")
            #expect(try app.store.enrollments.publicChoices(of: earned.enrollment.id, in: earned.enrollment.organizationID).isEmpty)
        }
    }

    @Test func theHolderWithdrawsAnItemAndItsAddressAnswersGone() throws {
        try TestApp.with { app in
            let (earned, credential) = try Self.earn(app, choose: true)
            let page = CredentialEndpoints.page.path(credential.id)
            let withdraw = CredentialEndpoints.withdrawEvidence.path(credential.id, 1)
            #expect(try earned.browser.get(page).text.contains("Withdraw “Reflection” from public view"))
            #expect(try app.signedIn("mei.chen@riverbend.example").submit("/earn", to: withdraw, []).status == 404)
            #expect(try app.signedIn("designer@riverbend.example").submit("/dashboard", to: withdraw, []).status == 403)
            #expect(try app.client().get(CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.pdf)).status == 200)

            let withdrawn = try earned.browser.submit(page, to: withdraw, [])
            #expect(withdrawn.status == 303 && withdrawn.location == page)
            let gone = try app.client().get(CredentialEndpoints.evidence.path(credential.id, 1))
            #expect(gone.status == 410 && gone.text.contains("has withdrawn this evidence from public view"))
            #expect(try app.client().get(CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.pdf)).status == 410)
            let after = try app.client().get(page)
            #expect(after.text.contains("The educator withdrew this item from public view.") && !after.text.contains("plan.pdf"))
            #expect(try app.client().get(page, headers: [("Accept", "application/ld+json")]).text == credential.document,
                    "the signed credential still names it")
        }
    }

    @Test func eachNewRouteAnswersEveryRoleAsDeclaredAndNobodyElseChangesAnything() throws {
        try TestApp.with { app in
            let (earned, credential) = try Self.earn(app, choose: true)
            let routes = app.app.routes().entries.filter { $0.pattern.contains("/evidence/:number") || $0.pattern.hasSuffix("/public") }
            #expect(routes.map { "\($0.method.rawValue) \($0.pattern) \($0.access.description)" }.sorted() == [
                "GET /credentials/:credential/evidence/:number anyone",
                "GET /credentials/:credential/evidence/:number/files/:blob anyone",
                "POST /credentials/:credential/evidence/:number/takedown admin",
                "POST /credentials/:credential/evidence/:number/withdrawal educator",
                "POST /earn/:enrollment/evidence/:requirement/public educator",
            ])
            let choose = earned.workspace + "/evidence/r1/public", withdraw = CredentialEndpoints.withdrawEvidence.path(credential.id, 1)
            let file = CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.pdf)
            let takeDown = CredentialEndpoints.takeDownEvidence.path(credential.id, 1), reason = PublicEvidenceList.reasonField(1)
            for email in ["mei.chen@riverbend.example", "assessor@riverbend.example", "coach@riverbend.example",
                          "designer@riverbend.example", "admin@riverbend.example", "admin@lakeside.example"] {
                let browser = try app.signedIn(email)
                let token = try browser.csrfToken()
                // Another educator finds no such enrollment or credential of theirs; anyone else is no educator.
                let refusal = email.hasPrefix("mei.chen") ? 404 : 403
                #expect(try browser.post(choose, form: [(PublicChoiceForm.field, ""), ("_csrf", token)]).status == refusal, "\(email)")
                #expect(try browser.post(withdraw, form: [("_csrf", token)]).status == refusal, "\(email)")
                // Only an admin of the issuing organization takes an item down (here refused for its empty reason).
                let takedownRefusal = switch email {
                case "admin@riverbend.example": 422
                case "admin@lakeside.example": 404
                default: 403
                }
                #expect(try browser.post(takeDown, form: [(reason, ""), ("_csrf", token)]).status == takedownRefusal, "\(email)")
                #expect(try browser.get(file).status == 200, "the public evidence is public: \(email)")
                #expect(try browser.get(CredentialEndpoints.evidence.path(credential.id, 1)).status == 303, "\(email)")
            }
            let anonymous = app.client()
            #expect(try anonymous.get(file).status == 200)
            #expect([303, 403].contains(try anonymous.post(withdraw, form: []).status))
            #expect([303, 403].contains(try anonymous.post(takeDown, form: [(reason, "Complaint.")]).status))
            #expect(try earned.browser.post(takeDown, form: [(reason, "Complaint."), ("_csrf", try earned.browser.csrfToken())]).status == 403,
                    "the holder withdraws; only admins take down")
            let choices = try app.store.enrollments.publicChoices(of: earned.enrollment.id, in: earned.enrollment.organizationID)
            #expect(choices.map(\.requirementID) == ["r1"] && choices.allSatisfy { $0.withdrawnAt == nil && $0.takedown == nil }, "nothing changed")
        }
    }
}
