import CairnCore
import CairnHTML
@testable import CairnWeb
import Testing

/// The read-only evidence component.
@Suite struct EvidenceViewTests {
    static let video = String(repeating: "ab", count: 32)

    static func render(_ items: [EvidenceItem]) -> String {
        var design = Design.blank(title: "T")
        design.parts = [RequirementPart(id: "p1", title: "Part", requirements: [
            EvidenceRequirement(id: "r1", kind: .classroomVideo, title: "Your lesson"),
            EvidenceRequirement(id: "r2", kind: .reflection, title: "Reflection"),
        ])]
        return EvidenceView(design: design, items: items, enrollmentID: Enrollment.ID(rawValue: "e1")).render()
    }

    @Test func aCaptionedVideoPlaysWithItsPosterAndTrack() throws {
        let html = Self.render([try EvidenceItem(requirementID: "r1", files: [
            EvidenceFile(sha256: Self.video, filename: "lesson.mp4", contentType: "video/mp4", size: 2048,
                         videoDurationSeconds: 252, posterSHA256: "cd", captionsSHA256: "ef", consentConfirmed: true),
        ])])
        #expect(EvidenceView.videoElementID(sha256: Self.video) == "video-abababababab")
        #expect(html.contains(#"<video id="video-abababababab" class="evidence-video" controls preload="metadata" poster="/evidence/e1/cd""#))
        #expect(html.contains(#"<source src="/evidence/e1/\#(Self.video)" type="video/mp4">"#))
        #expect(html.contains(#"<track kind="captions" src="/evidence/e1/ef" srclang="en" label="English" default>"#))
        #expect(html.contains("MP4, 2 KB, 4 min 12 s"))
    }

    @Test func textIsMarkdownLinksAreCheckedAndDocumentsDownload() throws {
        let html = Self.render([try EvidenceItem(requirementID: "r2", text: "I *tried* <script>x</script>", links: ["https://example.org/a"],
                                                 files: [EvidenceFile(sha256: "aa", filename: "plan.pdf", contentType: "application/pdf", size: 1536),
                                                         EvidenceFile(sha256: "bb", filename: "board.png", contentType: "image/png", size: 10)])])
        #expect(html.contains("<em>tried</em>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains(#"<a href="https://example.org/a">https://example.org/a</a>"#))
        #expect(html.contains(#"<a href="/evidence/e1/aa" class="evidence-file__link">plan.pdf</a> (PDF, 2 KB)"#))
        #expect(html.contains(#"<img class="evidence-image" src="/evidence/e1/bb" alt="Image evidence: board.png">"#))
        #expect(!html.contains("Your lesson"), "requirements without evidence are left out")
    }

    @Test func nothingToShowSaysSo() {
        #expect(Self.render([]).contains("No evidence yet."))
    }
}
