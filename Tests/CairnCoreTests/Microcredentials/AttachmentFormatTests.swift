import Testing
@testable import CairnCore

/// Resource files are recognized by content; Office files (ZIP) and text also need their extension.
@Suite struct AttachmentFormatTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let header: [UInt8]
        let filename: String
        let format: AttachmentFormat?
    }

    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]

    static let samples: [Sample] = [
        Sample(testDescription: "PDF whatever its name", header: Array("%PDF-1.7\n".utf8), filename: "scan", format: .pdf),
        Sample(testDescription: "docx", header: zip, filename: "Plan.DOCX", format: .docx),
        Sample(testDescription: "pptx", header: zip, filename: "a.pptx", format: .pptx),
        Sample(testDescription: "xlsx", header: zip, filename: "a.xlsx", format: .xlsx),
        Sample(testDescription: "ZIP named .zip", header: zip, filename: "a.zip", format: nil),
        Sample(testDescription: "ZIP named .pdf", header: zip, filename: "a.pdf", format: nil),
        Sample(testDescription: "PNG", header: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], filename: "x.txt", format: .png),
        Sample(testDescription: "JPEG", header: [0xFF, 0xD8, 0xFF, 0xE1], filename: "x", format: .jpeg),
        Sample(testDescription: "GIF", header: Array("GIF89a".utf8), filename: "x.gif", format: nil),
        Sample(testDescription: "UTF-8 text", header: Array("Café notes ✓\n".utf8), filename: "notes.txt", format: .text),
        Sample(testDescription: "text cut inside a character", header: Array(Array("Café ✓".utf8).dropLast()), filename: "n.txt", format: .text),
        Sample(testDescription: "text not named .txt", header: Array("notes".utf8), filename: "notes.docx", format: nil),
        Sample(testDescription: "NUL bytes named .txt", header: [0x41, 0x00, 0x42], filename: "n.txt", format: nil),
        Sample(testDescription: "Latin-1 named .txt", header: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x41], filename: "n.txt", format: nil),
        Sample(testDescription: "executable named .pdf", header: [0x4D, 0x5A, 0x90, 0x00], filename: "a.pdf", format: nil),
    ]

    @Test(arguments: samples)
    func recognizesByContent(_ sample: Sample) {
        #expect(AttachmentFormat(sniffing: sample.header, filename: sample.filename) == sample.format)
    }

    @Test func downloadNamesAreSafeAndCarryTheFormatsExtension() {
        #expect(AttachmentFormat.pdf.filename(from: "Exit ticket guide.pdf") == "Exit ticket guide.pdf")
        #expect(AttachmentFormat.pdf.filename(from: "../../etc/passwd") == "passwd.pdf")
        #expect(AttachmentFormat.pdf.filename(from: #"C:\Users\dana\"quoted";.pdf"#) == "quoted.pdf")
        #expect(AttachmentFormat.jpeg.filename(from: "photo.JPEG") == "photo.JPEG")
        #expect(AttachmentFormat.text.filename(from: "") == "file.txt")
        #expect(AttachmentFormat.docx.filename(from: "line\nbreak.docx") == "linebreak.docx")
        let long = AttachmentFormat.pdf.filename(from: String(repeating: "a", count: 300) + ".pdf")
        #expect(long.count == 120 && long.hasSuffix("a.pdf"))
    }
}
