@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Adding, captioning and removing workspace files through `Earning`: what fits is kept, what does
/// not is refused with nothing written, and nothing changes once earned.
@Suite struct EvidenceFilesTests {
    static let educator = "educator@riverbend.example"

    @Test func aPostedFileThatFitsIsAddedOnceAndRemoved() throws {
        try RiverbendWorld.with { world in
            let version = try world.published("with-files", design: RiverbendWorld.withFiles)
            let enrollment = try world.enroll(Self.educator, in: version)
            let educator = try world.member(Self.educator)
            let editable = try world.earning.editable("r1", of: enrollment.id, by: educator)
            let scratch = FileManager.default.temporaryDirectory.path

            let file = try RiverbendWorld.withFile(RiverbendWorld.pdfBytes, named: "plan.pdf") { path in
                try world.earning.addFile(.posted(path: path, filename: "folder/plan.pdf", size: Int64(RiverbendWorld.pdfBytes.count)),
                                          consentConfirmed: false, to: editable, scratchDirectory: scratch)
            }
            #expect(file.filename == "plan.pdf" && file.contentType == "application/pdf")
            #expect(try world.earning.file(file.sha256, in: editable) == file)
            #expect(throws: EvidenceError.fileAlreadyAdded(filename: "plan.pdf", requirement: "Reflection")) {
                try RiverbendWorld.withFile(RiverbendWorld.pdfBytes, named: "plan.pdf") { path in
                    try world.earning.addFile(.posted(path: path, filename: "plan.pdf", size: Int64(RiverbendWorld.pdfBytes.count)),
                                              consentConfirmed: false, to: editable, scratchDirectory: scratch)
                }
            }
            #expect(try world.store.enrollments.workspace(of: enrollment.id, in: world.riverbend.id).entry(for: "r1")?.files.count == 1)

            #expect(try world.earning.removeFile(file.sha256, from: editable) == file)
            #expect(try world.store.enrollments.workspace(of: enrollment.id, in: world.riverbend.id).entry(for: "r1")?.files.isEmpty == true)
            #expect(throws: EvidenceError.notFound) { try world.earning.removeFile(file.sha256, from: editable) }
        }
    }

    @Test func aFileTheRequirementDoesNotTakeOrAnUnfinishedUploadIsRefusedWithNothingWritten() throws {
        try RiverbendWorld.with { world in
            let enrollment = try world.enroll(Self.educator, in: world.version)  // the reflection takes no files
            let editable = try world.earning.editable("r1", of: enrollment.id, by: try world.member(Self.educator))
            let scratch = FileManager.default.temporaryDirectory.path
            do {
                try RiverbendWorld.withFile(RiverbendWorld.pdfBytes, named: "plan.pdf") { path in
                    try world.earning.addFile(.posted(path: path, filename: "plan.pdf", size: Int64(RiverbendWorld.pdfBytes.count)),
                                              consentConfirmed: false, to: editable, scratchDirectory: scratch)
                }
                Issue.record("a file was added to a requirement that takes none")
            } catch EvidenceError.doesNotFit(let file, let problems) {
                #expect(file.filename == "plan.pdf" && !problems.isEmpty)
            }
            #expect(throws: EvidenceError.uploadNotFinished) {
                try world.earning.addFile(.upload(.generate()), consentConfirmed: false, to: editable, scratchDirectory: scratch)
            }
            #expect(try world.rows(in: "workspace_entries") == 0)
        }
    }

    @Test func captionsGoWithTheVideoTheyCaption() throws {
        try RiverbendWorld.with { world in
            let version = try world.published("with-video", design: RiverbendWorld.withFiles)
            let enrollment = try world.enroll(Self.educator, in: version)
            let plan = EvidenceFile(sha256: String(repeating: "a", count: 64), filename: "plan.pdf", contentType: "application/pdf",
                                    size: Int64(RiverbendWorld.pdfBytes.count))
            try world.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "", files: [RiverbendWorld.lessonVideo, plan]),
                                             to: enrollment.id, in: world.riverbend.id, at: Date())
            let editable = try world.earning.editable("r1", of: enrollment.id, by: try world.member(Self.educator))
            let vtt = Array("WEBVTT\n\n00:00.000 --> 00:02.000\nHello class\n".utf8)
            try RiverbendWorld.withFile(vtt, named: "plan.vtt") { path in
                #expect(throws: EvidenceError.captionsNeedAVideo(filename: "plan.pdf")) {
                    try world.earning.addCaptions(fileAt: path, size: Int64(vtt.count), to: plan.sha256, in: editable)
                }
            }
            let srt = Array("1\n00:00:00,000 --> 00:00:02,000\nHello class\n".utf8)
            try RiverbendWorld.withFile(srt, named: "lesson.srt") { path in
                #expect(throws: EvidenceError.notCaptions) {
                    try world.earning.addCaptions(fileAt: path, size: Int64(srt.count), to: RiverbendWorld.lessonVideo.sha256, in: editable)
                }
            }
            try RiverbendWorld.withFile(vtt, named: "lesson.vtt") { path in
                #expect(throws: EvidenceError.captionsTooLarge(size: Int64(WebVTT.maximumBytes) + 1)) {
                    try world.earning.addCaptions(fileAt: path, size: Int64(WebVTT.maximumBytes) + 1, to: RiverbendWorld.lessonVideo.sha256,
                                                  in: editable)
                }
                #expect(try world.earning.file(RiverbendWorld.lessonVideo.sha256, in: editable).captionsSHA256 == nil, "nothing kept when refused")
                try world.earning.addCaptions(fileAt: path, size: Int64(vtt.count), to: RiverbendWorld.lessonVideo.sha256, in: editable)
                #expect(throws: EvidenceError.notFound) {
                    try world.earning.addCaptions(fileAt: path, size: Int64(vtt.count), to: "not-there", in: editable)
                }
            }
            let video = try world.earning.file(RiverbendWorld.lessonVideo.sha256, in: editable)
            #expect(video.captionsSHA256 != nil)
        }
    }

    @Test func aFinishedUploadOfAVideoIsAddedOnlyWithConsentAndOnlyByItsOwner() throws {
        try RiverbendWorld.with { world in
            let enrollment = try world.enroll(Self.educator, in: try world.published("with-video", design: RiverbendWorld.withFiles))
            let educator = try world.member(Self.educator)
            let editable = try world.earning.editable("r1", of: enrollment.id, by: educator)
            let video = RiverbendWorld.lessonVideo
            let upload = Upload(organizationID: world.riverbend.id, personID: educator.person.id, filename: "C:\\videos\\lesson.mp4",
                                declaredContentType: "video/mp4", totalBytes: video.size, createdAt: Date(),
                                completed: Upload.Completion(blobHash: video.sha256, contentType: "video/mp4", durationSeconds: 120))
            try world.store.uploads.insert(upload)
            let scratch = FileManager.default.temporaryDirectory.path
            do {
                try world.earning.addFile(.upload(upload.id), consentConfirmed: false, to: editable, scratchDirectory: scratch)
                Issue.record("a video was added without the consent confirmation")
            } catch EvidenceError.doesNotFit(let file, let problems) {
                #expect(file.filename == "lesson.mp4")
                #expect(problems.map(\.kind) == [.consentNotConfirmed(filename: "lesson.mp4")])
            }
            #expect(try world.rows(in: "workspace_entries") == 0)

            let mei = try world.member("mei.chen@riverbend.example")
            let meis = try world.earning.editable("r1", of: try world.enroll("mei.chen@riverbend.example", in: world.version).id, by: mei)
            #expect(throws: EvidenceError.uploadNotFinished, "another educator's upload") {
                try world.earning.addFile(.upload(upload.id), consentConfirmed: true, to: meis, scratchDirectory: scratch)
            }

            let added = try world.earning.addFile(.upload(upload.id), consentConfirmed: true, to: editable, scratchDirectory: scratch)
            #expect(added.consentConfirmed && added.videoDurationSeconds == 120)
            #expect(try world.store.enrollments.workspace(of: enrollment.id, in: world.riverbend.id).entry(for: "r1")?.files == [added])
        }
    }

    @Test func anotherEducatorCannotChangeTheFiles() throws {
        try RiverbendWorld.with { world in
            let enrollment = try world.enroll(Self.educator, in: try world.published("with-files", design: RiverbendWorld.withFiles))
            #expect(throws: EnrollmentError.notFound) {
                try world.earning.editable("r1", of: enrollment.id, by: try world.member("mei.chen@riverbend.example"))
            }
        }
    }
}
