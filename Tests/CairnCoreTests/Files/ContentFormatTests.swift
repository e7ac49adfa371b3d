import Testing
@testable import CairnCore

@Suite struct ContentFormatTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let header: [UInt8]
        var filename = ""
        let format: ContentFormat?
    }

    static let samples: [Sample] = [
        Sample(testDescription: "MP4", header: [0, 0, 0, 0x20] + Array("ftypisom".utf8) + [0, 0, 2, 0], format: .mp4),
        Sample(testDescription: "QuickTime MOV", header: [0, 0, 0, 0x14] + Array("ftypqt  ".utf8), format: .mov),
        Sample(testDescription: "M4A audio", header: [0, 0, 0, 0x20] + Array("ftypM4A ".utf8), format: .m4a),
        Sample(testDescription: "WebM", header: [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84] + Array("webm".utf8), format: .webm),
        Sample(testDescription: "Matroska", header: [0x1A, 0x45, 0xDF, 0xA3, 0x42, 0x82, 0x88] + Array("matroska".utf8), format: .matroska),
        Sample(testDescription: "MP3 with ID3", header: Array("ID3".utf8) + [4, 0, 0], format: .mp3),
        Sample(testDescription: "WAV", header: Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WAVE".utf8), format: .wav),
        Sample(testDescription: "Ogg", header: Array("OggS".utf8) + [0], format: .ogg),
        Sample(testDescription: "FLAC", header: Array("fLaC".utf8), format: .flac),
        Sample(testDescription: "PDF", header: Array("%PDF-1.7\n".utf8), format: .pdf),
        Sample(testDescription: "Word by extension", header: [0x50, 0x4B, 0x03, 0x04], filename: "plan.DOCX", format: .docx),
        Sample(testDescription: "ZIP otherwise", header: [0x50, 0x4B, 0x03, 0x04], filename: "clip.mp4", format: .zip),
        Sample(testDescription: "legacy Office", header: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], format: .legacyOffice),
        Sample(testDescription: "PNG", header: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], format: .png),
        Sample(testDescription: "text named .mp4", header: Array("not a video at all\n".utf8), filename: "lesson.mp4", format: .text),
        Sample(testDescription: "binary noise", header: [0x00, 0x01, 0x02, 0x03], format: nil),
        Sample(testDescription: "empty", header: [], format: nil),
    ]

    @Test(arguments: samples)
    func formatsAreRecognizedByTheirFirstBytes(_ sample: Sample) {
        #expect(ContentFormat(sniffing: sample.header, filename: sample.filename) == sample.format)
    }

    @Test func unknownContentIsAnOctetStream() {
        #expect(ContentFormat.contentType(sniffing: [0, 1, 2]) == "application/octet-stream")
        #expect(ContentFormat.mov.isVideo && !ContentFormat.mp3.isVideo)
    }
}
