@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// More published microcredentials, enrollments in them, and a requirement that takes files: for
/// the tests of the dashboard, the educator's pages and evidence files.
extension RiverbendWorld {
    var dashboard: Dashboard { Dashboard(installation: installation) }
    var evidence: Evidence { Evidence(installation: installation) }

    /// A published microcredential at `slug` with `design` (the reflection one by default).
    @discardableResult
    func published(_ slug: String, design: Design = RiverbendWorld.reflection) throws -> MicrocredentialVersion {
        let designer = try member("designer@riverbend.example")
        var design = design
        design.title = design.title + " " + slug
        let created = try store.microcredentials.create(
            Microcredential(organizationID: riverbend.id, slug: slug, createdAt: Date(), createdBy: designer.person.id), design: design)
        return try store.microcredentials.transition(created.id, to: .published, at: Date(), in: riverbend.id)
    }

    /// Enrolls `educator` in `version` and returns the enrollment.
    @discardableResult
    func enroll(_ educator: String, in version: MicrocredentialVersion) throws -> Enrollment {
        let enrollment = Enrollment(organizationID: riverbend.id, educatorID: try member(educator).person.id,
                                    microcredentialID: version.microcredentialID, versionID: version.id, startedAt: Date())
        try store.enrollments.enroll(enrollment)
        return enrollment
    }

    /// The reflection design whose reflection (`r1`) takes a PDF or a video of up to 5 MB besides its text.
    static var withFiles: Design {
        var design = reflection
        design.parts[0].requirements[0].limits = EvidenceLimits(maxWords: 500, fileTypes: ["pdf", "mp4"], maxFileMegabytes: 5,
                                                                maxVideoMinutes: 10)
        return design
    }

    /// A file holding `bytes` in a fresh temporary directory (removed after `body`).
    static func withFile<T>(_ bytes: [UInt8], named name: String, _ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return try body(path)
    }

    static let pdfBytes = Array("%PDF-1.4\n% lesson plan\n".utf8)
}
