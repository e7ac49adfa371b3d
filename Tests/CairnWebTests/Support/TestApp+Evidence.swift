import CairnCore
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// An enrollment with evidence files, made through the store for the evidence tests.
struct EvidenceFixture {
    let microcredentialID: Microcredential.ID
    let enrollmentID: Enrollment.ID
    /// The blobs of the lesson plan (PDF), the video, its poster and its captions.
    let pdf: String, video: String, poster: String, captions: String

    func path(_ blob: String) -> String { EvidenceEndpoints.file.path(enrollmentID, blob) }
}

extension TestApp {
    /// Publishes a microcredential whose requirement `r1` takes PDFs and MP4 videos (at most 5 MB,
    /// 10 minutes), enrolls `educator` and, with `files`, saves a PDF and a captioned video with a
    /// poster in the workspace; `submit` submits it.
    func evidenceFixture(educator: String = "educator@riverbend.example", slug: String = "evidence-test",
                         files: Bool = true, submit: Bool = false) throws -> EvidenceFixture {
        var design = Design.complete(title: "Evidence test")
        design.parts[1].requirements[0].limits = EvidenceLimits(fileTypes: ["pdf", "mp4"], maxFileMegabytes: 5, maxVideoMinutes: 10)
        let id = Microcredential.ID(rawValue: try createMicrocredential(design, slug: slug))
        try publish(id.rawValue)
        let organizationID = try organization("riverbend").id
        let version = try #require(try store.microcredentials.latestPublished(of: id, in: organizationID))
        let enrollment = Enrollment(organizationID: organizationID, educatorID: try member(educator).person.id,
                                    microcredentialID: id, versionID: version.id, startedAt: Date())
        try store.enrollments.enroll(enrollment)
        let pdf = try app.installation.blobs.put(Array("%PDF-1.4\n% lesson plan\n".utf8)).id.hex
        let video = try app.installation.blobs.put(Self.videoBytes).id.hex
        let poster = try app.installation.blobs.put([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array("JFIF poster".utf8)).id.hex
        let captions = try app.installation.blobs.put(Array("WEBVTT\n\n00:00.000 --> 00:02.000\nHello class\n".utf8)).id.hex
        let item = try EvidenceItem(requirementID: "r1", text: "My **lesson** plan.", files: [
            EvidenceFile(sha256: pdf, filename: "plan.pdf", contentType: "application/pdf", size: 24),
            EvidenceFile(sha256: video, filename: "lesson.mp4", contentType: "video/mp4", size: Int64(Self.videoBytes.count),
                         videoDurationSeconds: 95, posterSHA256: poster, captionsSHA256: captions, consentConfirmed: true),
        ])
        if files { try store.enrollments.save(item, to: enrollment.id, in: organizationID, at: Date()) }
        if submit { try store.submissions.submit(enrollment.id, in: organizationID, at: Date()) }
        return EvidenceFixture(microcredentialID: id, enrollmentID: enrollment.id, pdf: pdf, video: video, poster: poster, captions: captions)
    }

    /// 1000 bytes that start like an MP4 file (`ftyp` box, brand `isom`).
    static let videoBytes: [UInt8] = [0, 0, 0, 0x18] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isomiso2".utf8)
        + [UInt8](repeating: 7, count: 1000 - 24)
}
