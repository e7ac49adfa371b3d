@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Who may download an evidence file through `Evidence.file`: the educator, the coaches who cover
/// them, an admin; an assessor of the microcredential once it is submitted; nobody else.
@Suite struct EvidenceTests {
    static let educator = "educator@riverbend.example"

    /// An enrollment of the demo educator whose draft holds a PDF, and the PDF's hash.
    func draftWithPDF(in world: RiverbendWorld) throws -> (Enrollment, String) {
        let enrollment = try world.enroll(Self.educator, in: try world.published("with-files", design: RiverbendWorld.withFiles))
        let pdf = try world.installation.blobs.put(RiverbendWorld.pdfBytes).id.hex
        try world.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "My plan.", files: [
            EvidenceFile(sha256: pdf, filename: "plan.pdf", contentType: "application/pdf", size: Int64(RiverbendWorld.pdfBytes.count)),
        ]), to: enrollment.id, in: world.riverbend.id, at: Date())
        return (enrollment, pdf)
    }

    @Test func theEducatorTheirCoachesAndAnAdminOpenADraftsFileAndNobodyElse() throws {
        try RiverbendWorld.with { world in
            let (enrollment, pdf) = try draftWithPDF(in: world)
            let file = try world.evidence.file(pdf, of: enrollment.id, for: try world.member(Self.educator))
            #expect(file.served == ServedBlob(pdf, in: [try EvidenceItem(requirementID: "r1", text: "", files: [
                EvidenceFile(sha256: pdf, filename: "plan.pdf", contentType: "application/pdf", size: 1),
            ])]))
            #expect(FileManager.default.contents(atPath: file.path).map(Array.init) == RiverbendWorld.pdfBytes)
            for allowed in ["coach@riverbend.example", "designer@riverbend.example", "admin@riverbend.example"] {
                #expect(try world.evidence.file(pdf, of: enrollment.id, for: try world.member(allowed)).path == file.path, "\(allowed)")
            }
            for refused in ["mei.chen@riverbend.example", "assessor@riverbend.example", "luis.ortega@riverbend.example"] {
                #expect(throws: EvidenceError.notFound, "\(refused)") {
                    try world.evidence.file(pdf, of: enrollment.id, for: try world.member(refused))
                }
            }
            let stray = try world.installation.blobs.put(Array("%PDF-1.4 another".utf8)).id.hex
            #expect(throws: EvidenceError.notFound) { try world.evidence.file(stray, of: enrollment.id, for: try world.member(Self.educator)) }
        }
    }

    @Test func anAssessorOfTheMicrocredentialOpensOnlyWhatWasSubmitted() throws {
        try RiverbendWorld.with { world in
            let (enrollment, pdf) = try draftWithPDF(in: world)
            let assessor = try world.member("assessor@riverbend.example")
            try world.store.submissions.addAssessor(assessor.person.id, for: enrollment.microcredentialID, in: world.riverbend.id)
            #expect(throws: EvidenceError.notFound, "nothing submitted yet") { try world.evidence.file(pdf, of: enrollment.id, for: assessor) }
            try world.store.submissions.submit(enrollment.id, in: world.riverbend.id, at: Date())
            #expect(try world.evidence.file(pdf, of: enrollment.id, for: assessor).served.filename == "plan.pdf")
            let draft = try world.installation.blobs.put(Array("%PDF-1.4 a new draft".utf8)).id.hex
            try world.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "Rewritten", files: [
                EvidenceFile(sha256: draft, filename: "draft.pdf", contentType: "application/pdf", size: 20),
            ]), to: enrollment.id, in: world.riverbend.id, at: Date())
            #expect(throws: EvidenceError.notFound, "only in the workspace") { try world.evidence.file(draft, of: enrollment.id, for: assessor) }
            #expect(try world.evidence.file(draft, of: enrollment.id, for: try world.member(Self.educator)).served.filename == "draft.pdf")
        }
    }
}
