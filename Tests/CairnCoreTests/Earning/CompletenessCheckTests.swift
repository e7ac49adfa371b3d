import Foundation
import Testing
@testable import CairnCore

/// One change to the complete workspace and the problem it causes.
struct CompletenessCase: Sendable, CustomTestStringConvertible {
    let id: String
    let change: @Sendable (inout Workspace) -> Void
    let expected: [CompletenessProblem.Kind]
    var testDescription: String { id }
}

@Suite struct CompletenessCheckTests {
    @Test func aCompleteWorkspaceHasNoProblems() {
        #expect(CompletenessCheck.check(workspace: Earning.completeWorkspace, design: Earning.design).isEmpty)
    }

    @Test func anEmptyWorkspaceListsEveryRequiredRequirementWithAMessage() {
        let problems = CompletenessCheck.check(workspace: Workspace(), design: Earning.design)
        #expect(problems.map(\.requirementID) == ["r-plan", "r-video", "r-reflection"])
        #expect(problems.allSatisfy { $0.kind == .missing })
        #expect(problems[0].message == "“Lesson plan” is required: add your evidence.")
    }

    static func file(_ change: @escaping @Sendable (inout EvidenceFile) -> Void, in requirement: String = "r-video") -> @Sendable (inout Workspace) -> Void {
        { workspace in
            var item = workspace.entry(for: requirement)!
            change(&item.files[0])
            workspace.save(item)
        }
    }

    @Test(arguments: [
        CompletenessCase(id: "reflection too short", change: { $0.save(try! EvidenceItem(requirementID: "r-reflection", text: Earning.words(49))) },
                         expected: [.tooFewWords(count: 49, minimum: 50)]),
        CompletenessCase(id: "reflection too long", change: { $0.save(try! EvidenceItem(requirementID: "r-reflection", text: Earning.words(301))) },
                         expected: [.tooManyWords(count: 301, maximum: 300)]),
        CompletenessCase(id: "reflection blank is missing", change: { $0.save(try! EvidenceItem(requirementID: "r-reflection", text: "  \n")) },
                         expected: [.missing]),
        CompletenessCase(id: "reflection of tabs and no-break spaces is missing",
                         change: { $0.save(try! EvidenceItem(requirementID: "r-reflection", text: "\t\u{00A0}\u{2003}\r\n")) },
                         expected: [.missing]),
        CompletenessCase(id: "optional extra too long", change: { $0.save(try! EvidenceItem(requirementID: "r-extra", text: Earning.words(21))) },
                         expected: [.tooManyWords(count: 21, maximum: 20)]),
        CompletenessCase(id: "lesson plan as a Word file", change: file({ $0 = EvidenceFile(sha256: "x", filename: "plan.docx",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", size: 10) }, in: "r-plan"),
                         expected: [.wrongFileType(filename: "plan.docx", accepted: ["pdf"])]),
        CompletenessCase(id: "a PNG named .pdf (type by content)", change: file({ $0.contentType = "image/png" }, in: "r-plan"),
                         expected: [.wrongFileType(filename: "plan.pdf", accepted: ["pdf"])]),
        CompletenessCase(id: "lesson plan over 10 MB", change: file({ $0.size = 10 * 1_048_576 + 1 }, in: "r-plan"),
                         expected: [.fileTooLarge(filename: "plan.pdf", megabytes: 10)]),
        CompletenessCase(id: "lesson plan exactly 10 MB", change: file({ $0.size = 10 * 1_048_576 }, in: "r-plan"), expected: []),
        CompletenessCase(id: "video over 10 minutes", change: file({ $0.videoDurationSeconds = 601 }),
                         expected: [.videoTooLong(filename: "lesson.mp4", minutes: 10)]),
        CompletenessCase(id: "video of unknown length", change: file({ $0.videoDurationSeconds = nil }), expected: []),
        CompletenessCase(id: "a PDF with another name (type by content)", change: file({ $0.filename = "plan.download" }, in: "r-plan"),
                         expected: []),
        CompletenessCase(id: "classroom video as text only", change: { $0.save(try! EvidenceItem(requirementID: "r-video", text: "It went well.")) },
                         expected: [.videoMissing]),
        CompletenessCase(id: "classroom video as a PDF", change: file({ $0 = Earning.pdf }),
                         expected: [.videoMissing, .wrongFileType(filename: "plan.pdf", accepted: ["mp4"])]),
        CompletenessCase(id: "video without consent", change: file({ $0.consentConfirmed = false }),
                         expected: [.consentNotConfirmed(filename: "lesson.mp4")]),
    ])
    func reportsTheProblem(_ c: CompletenessCase) {
        var workspace = Earning.completeWorkspace
        c.change(&workspace)
        #expect(CompletenessCheck.check(workspace: workspace, design: Earning.design).map(\.kind) == c.expected)
    }

    @Test func messagesNameTheFileAndTheLimit() {
        var workspace = Earning.completeWorkspace
        Self.file({ $0.videoDurationSeconds = 900; $0.consentConfirmed = false })(&workspace)
        #expect(CompletenessCheck.check(workspace: workspace, design: Earning.design).map(\.message) == [
            "lesson.mp4 is longer than 10 minutes.", "Confirm that the students shown in lesson.mp4 have consent on file.",
        ])
    }

    @Test func oneFileIsCheckedAgainstItsRequirementAlone() {
        let video = Earning.design.requirement("r-video")!, extra = Earning.design.requirement("r-extra")!
        #expect(CompletenessCheck.problems(with: Earning.video, for: video).isEmpty)
        var long = Earning.video
        long.size = 501 * 1_048_576
        long.consentConfirmed = false
        #expect(CompletenessCheck.problems(with: long, for: video).map(\.kind) == [
            .fileTooLarge(filename: "lesson.mp4", megabytes: 500), .consentNotConfirmed(filename: "lesson.mp4"),
        ])
        #expect(CompletenessCheck.problems(with: Earning.pdf, for: extra).map(\.message) == ["“Anything else” does not take files; remove plan.pdf."])
    }

    @Test func textWithACharsetIsPlainText() {
        let notes = EvidenceFile(sha256: "ee", filename: "notes.txt", contentType: "text/plain; charset=utf-8", size: 20)
        #expect(CompletenessCheck.accepts(notes, ["txt"]))
        #expect(!CompletenessCheck.accepts(notes, ["pdf"]))
    }

    @Test(arguments: [("", 0), ("one", 1), ("Two  words", 2), ("**Bold** _and_ [a link](http://x.org)", 7),
                      ("don't stop — well-known", 3), ("Zoë's 3 réponses", 3)])
    func countsWords(_ text: String, _ expected: Int) {
        #expect(EvidenceItem.wordCount(text) == expected)
    }

    @Test func wordCharactersAreWhatFoundationCallsAlphanumeric() {
        // Every scalar of the Latin, Greek, Cyrillic, Arabic, Devanagari … blocks, and samples of CJK, emoji and symbols.
        let ranges: [ClosedRange<UInt32>] = [0...0x3000, 0x4E00...0x4E40, 0xAC00...0xAC20, 0xFF00...0xFF60, 0x1F300...0x1F320]
        var mismatches: [String] = []
        for range in ranges {
            for value in range {
                // Characters Unicode added after 15.0 are known to the standard library's tables, not yet to Foundation's.
                guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                      age.major < 15 || (age.major == 15 && age.minor == 0) else { continue }
                if EvidenceItem.isLetterOrDigit(scalar) != CharacterSet.alphanumerics.contains(scalar) {
                    mismatches.append(String(value, radix: 16))
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test(arguments: ["javascript:alert(1)", "ftp://files.example/x", "example.org", "https://", "data:text/html,hi"])
    func refusesLinksThatAreNotHTTP(_ link: String) {
        #expect(throws: EnrollmentError.invalidLink(link)) { try EvidenceItem(requirementID: "r-extra", links: [link]) }
    }

    @Test func acceptsHTTPAndHTTPSLinks() throws {
        let item = try EvidenceItem(requirementID: "r-extra", links: ["https://example.org/a?b=1", " http://Example.org "])
        #expect(item.links == ["https://example.org/a?b=1", "http://Example.org"])
    }
}
