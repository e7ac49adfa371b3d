import CairnCore
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// Files in the educator's workspace: added (posted whole, or a finished upload), checked by content
/// against the requirement's limits, video consent, captions, removal; and the autosave's JSON.
@Suite struct WorkspaceFileTests {
    static let educator = "educator@riverbend.example"
    static let pdf = Array("%PDF-1.4\n% a lesson plan\n".utf8)
    static let vtt = Array("WEBVTT\n\n00:00.000 --> 00:02.000\nGood morning\n".utf8)

    func entry(_ app: TestApp, _ fixture: EvidenceFixture) throws -> EvidenceItem? {
        try app.store.enrollments.workspace(of: fixture.enrollmentID, in: app.organization("riverbend").id).entry(for: "r1")
    }

    func files(_ fixture: EvidenceFixture) -> String { EarningEndpoints.addFile.path(fixture.enrollmentID, "r1") }

    @Test func aPostedPDFIsAddedShownAndRemoved() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(files: false)
            let educator = try app.signedIn(Self.educator)
            let added = try educator.postMultipart(files(fixture), fields: [("_csrf", try educator.csrfToken())],
                                                   file: ("file", "C:\\Users\\jo\\My plan.pdf", "application/octet-stream", Self.pdf))
            #expect(added.status == 303)
            #expect(added.location == EarningEndpoints.workspace.path(fixture.enrollmentID) + "#files-r1")
            let file = try #require(try entry(app, fixture)?.files.first)
            #expect(file.filename == "My plan.pdf")
            #expect(file.contentType == "application/pdf")
            #expect(file.size == Int64(Self.pdf.count))
            let page = try educator.get(EarningEndpoints.workspace.path(fixture.enrollmentID))
            #expect(page.text.contains(#"href="\#(EvidenceEndpoints.file.path(fixture.enrollmentID, file.sha256))""#))
            #expect(try educator.get(EvidenceEndpoints.file.path(fixture.enrollmentID, file.sha256)).status == 200)
            let removed = try educator.post(EarningEndpoints.removeFile.path(fixture.enrollmentID, "r1", file.sha256),
                                            form: [("_csrf", try educator.csrfToken())])
            #expect(removed.status == 303)
            #expect(try entry(app, fixture)?.files.isEmpty == true)
            #expect(try educator.post(EarningEndpoints.removeFile.path(fixture.enrollmentID, "r1", file.sha256),
                                      form: [("_csrf", try educator.csrfToken())]).status == 404)
        }
    }

    @Test func theTypeIsCheckedByContentNotByName() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(files: false)
            let educator = try app.signedIn(Self.educator)
            let refused = try educator.postMultipart(files(fixture), fields: [("_csrf", try educator.csrfToken())],
                                                     file: ("file", "plan.pdf", "application/pdf", Array("just some text".utf8)))
            #expect(refused.status == 422)
            #expect(refused.fieldError("file-r1")?.contains("is not a file “Lesson plan” accepts (PDF, MP4)") == true)
            #expect(try entry(app, fixture) == nil, "nothing saved")
            let renamed = try educator.postMultipart(files(fixture), fields: [("_csrf", try educator.csrfToken())],
                                                     file: ("file", "plan.download", "application/octet-stream", Self.pdf))
            #expect(renamed.status == 303, "a PDF under another name is still a PDF")
        }
    }

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(files: false)
            let educator = try app.signedIn(Self.educator)
            let big = Self.pdf + [UInt8](repeating: 0x20, count: 5 * 1_048_576)
            let refused = try educator.postMultipart(files(fixture), fields: [("_csrf", try educator.csrfToken())],
                                                     file: ("file", "big.pdf", "application/pdf", big))
            #expect(refused.status == 422)
            #expect(refused.fieldError("file-r1") == "big.pdf is larger than 5 MB.")
            #expect(try entry(app, fixture) == nil)
        }
    }

    @Test func aVideoNeedsConsentAndTakesWebVTTCaptions() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(files: false)
            let educator = try app.signedIn(Self.educator)
            let video = ("file", "lesson.mp4", "video/mp4", TestApp.videoBytes)
            let refused = try educator.postMultipart(files(fixture), fields: [("_csrf", try educator.csrfToken())], file: video)
            #expect(refused.status == 422)
            #expect(refused.fieldError("consent-r1") == "Confirm that the students who appear in lesson.mp4 have consent on file.")
            #expect(try entry(app, fixture) == nil)
            let added = try educator.postMultipart(files(fixture), fields: [("_csrf", try educator.csrfToken()), ("consent", "yes")], file: video)
            #expect(added.status == 303)
            let stored = try #require(try entry(app, fixture)?.files.first)
            #expect(stored.consentConfirmed && stored.isVideo)
            let captions = EarningEndpoints.saveCaptions.path(fixture.enrollmentID, "r1", stored.sha256)
            let key = "captions-r1-" + stored.sha256.prefix(12)
            let srt = try educator.postMultipart(captions, fields: [("_csrf", try educator.csrfToken())],
                                                 file: ("captions", "lesson.srt", "text/plain", Array("1\n00:00:00,000 --> 00:00:02,000\nHi\n".utf8)))
            #expect(srt.status == 422)
            #expect(srt.fieldError(key)?.contains("not a WebVTT captions file") == true)
            let tooBig = try educator.postMultipart(captions, fields: [("_csrf", try educator.csrfToken())],
                                                    file: ("captions", "lesson.vtt", "text/vtt", Self.vtt + [UInt8](repeating: 0x41, count: 1 << 20)))
            #expect(tooBig.status == 422)
            #expect(try entry(app, fixture)?.files.first?.captionsSHA256 == nil)
            let good = try educator.postMultipart(captions, fields: [("_csrf", try educator.csrfToken())],
                                                  file: ("captions", "lesson.vtt", "text/vtt", Self.vtt))
            #expect(good.status == 303)
            let captioned = try #require(try entry(app, fixture)?.files.first?.captionsSHA256)
            let page = try educator.get(EarningEndpoints.workspace.path(fixture.enrollmentID)).text
            #expect(page.contains(#"<track kind="captions" src="\#(EvidenceEndpoints.file.path(fixture.enrollmentID, captioned))""#))
            #expect(try educator.get(EvidenceEndpoints.file.path(fixture.enrollmentID, captioned)).text.hasPrefix("WEBVTT"))
        }
    }

    @Test func aFinishedUploadIsAddedByItsIdAndAnotherPersonsIsNot() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(files: false)
            let organizationID = try app.organization("riverbend").id
            let blob = try app.app.installation.blobs.put(Self.pdf).id.hex
            func upload(for email: String) throws -> Upload.ID {
                let upload = Upload(organizationID: organizationID, personID: try app.member(email).person.id, filename: "unit plan.pdf",
                                    declaredContentType: "application/pdf", totalBytes: Int64(Self.pdf.count),
                                    receivedBytes: Int64(Self.pdf.count), createdAt: Date(),
                                    completed: Upload.Completion(blobHash: blob, contentType: "application/pdf"))
                try app.store.uploads.insert(upload)
                return upload.id
            }
            let educator = try app.signedIn(Self.educator)
            let others = try educator.post(files(fixture), form: [("_csrf", try educator.csrfToken()),
                                                                  ("file_upload", try upload(for: "mei.chen@riverbend.example").rawValue)])
            #expect(others.status == 422)
            #expect(others.fieldError("file-r1")?.contains("has not finished") == true)
            let mine = try educator.post(files(fixture), form: [("_csrf", try educator.csrfToken()),
                                                                ("file_upload", try upload(for: Self.educator).rawValue)])
            #expect(mine.status == 303)
            #expect(try entry(app, fixture)?.files.map(\.filename) == ["unit plan.pdf"])
            let again = try educator.post(files(fixture), form: [("_csrf", try educator.csrfToken()),
                                                                 ("file_upload", try upload(for: Self.educator).rawValue)])
            #expect(again.status == 422)
            #expect(again.fieldError("file-r1") == "unit plan.pdf is in “Lesson plan” already.")
            let nothing = try educator.post(files(fixture), form: [("_csrf", try educator.csrfToken())])
            #expect(nothing.fieldError("file-r1") == "Choose a file to add.")
            let unfinished = try educator.post(files(fixture), form: [("_csrf", try educator.csrfToken()), ("file_upload", "")])
            #expect(unfinished.fieldError("file-r1") == "Choose a file and wait until its upload shows 100%, then press Add file.")
        }
    }

    @Test func anUploadedVideoRefusedForConsentIsOfferedAgain() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(files: false)
            let blob = try app.app.installation.blobs.put(TestApp.videoBytes).id.hex
            let upload = Upload(organizationID: try app.organization("riverbend").id, personID: try app.member(Self.educator).person.id,
                                filename: "lesson.mp4", declaredContentType: "video/mp4", totalBytes: Int64(TestApp.videoBytes.count),
                                receivedBytes: Int64(TestApp.videoBytes.count), createdAt: Date(),
                                completed: Upload.Completion(blobHash: blob, contentType: "video/mp4", durationSeconds: 95))
            try app.store.uploads.insert(upload)
            let educator = try app.signedIn(Self.educator)
            let refused = try educator.post(files(fixture), form: [("_csrf", try educator.csrfToken()), ("file_upload", upload.id.rawValue)])
            #expect(refused.status == 422)
            #expect(refused.inputValue("pending_upload") == upload.id.rawValue)
            #expect(refused.text.contains("lesson.mp4 is uploaded: confirm consent below"))
            let added = try educator.post(files(fixture), form: [("_csrf", try educator.csrfToken()), ("file_upload", ""),
                                                                 ("pending_upload", upload.id.rawValue), ("consent", "yes")])
            #expect(added.status == 303)
            let file = try #require(try entry(app, fixture)?.files.first)
            #expect(file.sha256 == blob && file.consentConfirmed && file.videoDurationSeconds == 95)
        }
    }

    @Test func aRequirementHoldsAtMostTwentyFiles() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(files: false)
            let many = try (0..<EvidenceItem.maximumFiles).map { index in
                EvidenceFile(sha256: try app.app.installation.blobs.put(Array("%PDF-1.4 \(index)".utf8)).id.hex, filename: "page \(index).pdf",
                             contentType: "application/pdf", size: 12)
            }
            try app.store.enrollments.save(try EvidenceItem(requirementID: "r1", files: many), to: fixture.enrollmentID,
                                           in: try app.organization("riverbend").id, at: Date())
            let educator = try app.signedIn(Self.educator)
            let refused = try educator.postMultipart(files(fixture), fields: [("_csrf", try educator.csrfToken())],
                                                     file: ("file", "one more.pdf", "application/pdf", Self.pdf))
            #expect(refused.status == 422)
            #expect(refused.fieldError("file-r1") == "“Lesson plan” holds at most 20 files: remove one first.")
            #expect(try entry(app, fixture)?.files.count == 20)
        }
    }

    @Test func othersCannotAddOrRemoveFiles() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture()
            let remove = EarningEndpoints.removeFile.path(fixture.enrollmentID, "r1", fixture.pdf)
            let other = try app.signedIn("mei.chen@riverbend.example")
            #expect(try other.post(remove, form: [("_csrf", try other.csrfToken())]).status == 404, "another educator")
            #expect(try other.postMultipart(files(fixture), fields: [("_csrf", try other.csrfToken())],
                                            file: ("file", "plan.pdf", "application/pdf", Self.pdf)).status == 404)
            let lakeside = try app.signedIn("teacher@lakeside.example")
            #expect(try lakeside.post(remove, form: [("_csrf", try lakeside.csrfToken())]).status == 404, "another organization")
            let assessor = try app.signedIn("assessor@riverbend.example")
            #expect(try assessor.post(remove, form: [("_csrf", try assessor.csrfToken())]).status == 403, "not an educator")
            let educator = try app.signedIn(Self.educator)
            #expect(try educator.post(EarningEndpoints.removeFile.path(fixture.enrollmentID, "nope", fixture.pdf),
                                      form: [("_csrf", try educator.csrfToken())]).status == 404, "an unknown requirement")
            #expect(try entry(app, fixture)?.files.count == 2)
        }
    }

    @Test func anEarnedEnrollmentsFilesNoLongerChange() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture(submit: true)
            let organizationID = try app.organization("riverbend").id
            let assessor = try app.member("assessor@riverbend.example").person.id
            try app.store.submissions.addAssessor(assessor, for: fixture.microcredentialID, in: organizationID)
            let submission = try #require(try app.store.submissions.submissions(of: fixture.enrollmentID, in: organizationID).first)
            try app.store.submissions.claim(submission.id, by: assessor, in: organizationID, at: Date())
            try app.store.reviews.decide(submission.id, by: assessor, scores: [ScoreEntry(criterionID: "c1", levelID: "demonstrated", feedback: "Clear.")],
                                         in: organizationID, at: Date())
            let educator = try app.signedIn(Self.educator)
            let refused = try educator.post(EarningEndpoints.removeFile.path(fixture.enrollmentID, "r1", fixture.pdf), form: [("_csrf", try educator.csrfToken())])
            #expect(refused.status == 303)
            #expect(try entry(app, fixture)?.files.count == 2)
            #expect(!(try educator.get(EarningEndpoints.workspace.path(fixture.enrollmentID)).text.contains("evidence-file-form")), "no file forms once earned")

            // Nor does the text: neither the form nor an autosave.
            let text = [("_csrf", try educator.csrfToken()), ("text-r1", "Rewritten after earning"), ("links-r1", "")]
            #expect(try educator.post(EarningEndpoints.saveEvidence.path(fixture.enrollmentID, "r1"), form: text).status == 303)
            let autosave = try educator.post(EarningEndpoints.saveEvidence.path(fixture.enrollmentID, "r1"), form: text, headers: [("Accept", "application/json")])
            #expect(autosave.status == 409)
            #expect(autosave.text.contains("can no longer change"))
            #expect(try entry(app, fixture)?.text == "My **lesson** plan.")
            let page = try educator.get(EarningEndpoints.workspace.path(fixture.enrollmentID))
            #expect(!page.text.contains("name=\"text-r1\"") && page.text.contains("My <strong>lesson</strong> plan."), "the text, read-only")
        }
    }

    @Test func theWorkspaceCarriesTheScriptsAndTheirHooks() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture()
            let page = try app.signedIn(Self.educator).get(EarningEndpoints.workspace.path(fixture.enrollmentID)).text
            #expect(page.contains(#"<script src="\#(WebAssets.uploadsScriptPath)" defer></script>"#))
            #expect(page.contains(#"<script src="\#(WebAssets.workspaceScriptPath)" defer></script>"#))
            #expect(page.contains(#"id="file-r1" name="file" type="file" class="file-input" accept=".pdf,.mp4""#))
            #expect(page.contains("data-resumable-upload=\"\""))
            #expect(page.contains(#"id="consent-r1" name="consent" type="checkbox" value="yes""#))
            #expect(page.contains(#"id="video-\#(fixture.video.prefix(12))""#))
            #expect(page.contains(#"id="captions-r1-\#(fixture.video.prefix(12))" name="captions""#))
            #expect(page.contains(#"data-autosave="""#))
        }
    }

    @Test func theAutosaveGetsJSONAndKeepsTheFiles() throws {
        try TestApp.with { app in
            let fixture = try app.evidenceFixture()
            let educator = try app.signedIn(Self.educator)
            let path = EarningEndpoints.saveEvidence.path(fixture.enrollmentID, "r1")
            let saved = try educator.post(path, form: [("_csrf", try educator.csrfToken()), ("text-r1", "Three small words"), ("links-r1", "")],
                                          headers: [("Accept", "application/json")])
            #expect(saved.status == 200)
            #expect(saved.header("Content-Type") == "application/json")
            let body = try saved.jsonObject()
            #expect(body["saved"] as? Bool == true)
            #expect(body["wordCount"] as? Int == 3)
            #expect((body["savedAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) } != nil)
            #expect(try entry(app, fixture)?.text == "Three small words")
            #expect(try entry(app, fixture)?.files.count == 2, "saving the text keeps the files")
            let refused = try educator.post(path, form: [("_csrf", try educator.csrfToken()), ("text-r1", "Changed"), ("links-r1", "ftp://x")],
                                            headers: [("Accept", "application/json")])
            #expect(refused.status == 422)
            let errors = try #require(try refused.jsonObject()["errors"] as? [String: String])
            #expect(errors["links-r1"]?.contains("is not a web address") == true)
            #expect(try entry(app, fixture)?.text == "Three small words", "nothing saved")
        }
    }
}
