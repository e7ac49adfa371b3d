import Testing
@testable import CairnCore

/// Images are recognized by their first bytes, never by a file name.
@Suite struct ImageFormatTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let header: [UInt8]
        let format: ImageFormat?
    }

    static let samples: [Sample] = [
        Sample(testDescription: "PNG", header: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], format: .png),
        Sample(testDescription: "JPEG (JFIF)", header: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46], format: .jpeg),
        Sample(testDescription: "GIF87a", header: Array("GIF87a".utf8) + [1, 0], format: .gif),
        Sample(testDescription: "GIF89a", header: Array("GIF89a".utf8), format: .gif),
        Sample(testDescription: "WebP", header: Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBP".utf8), format: .webp),
        Sample(testDescription: "a RIFF that is not WebP (WAV)", header: Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WAVE".utf8), format: nil),
        Sample(testDescription: "a PNG cut short", header: [0x89, 0x50, 0x4E, 0x47], format: nil),
        Sample(testDescription: "SVG", header: Array("<svg xmlns=".utf8), format: nil),
        Sample(testDescription: "text", header: Array("just notes".utf8), format: nil),
        Sample(testDescription: "PDF", header: Array("%PDF-1.7".utf8), format: nil),
        Sample(testDescription: "empty", header: [], format: nil),
    ]

    @Test(arguments: samples)
    func recognizesByContent(_ sample: Sample) {
        #expect(ImageFormat(sniffing: sample.header) == sample.format)
    }

    @Test func contentTypes() {
        #expect(ImageFormat.allCases.map(\.contentType) == ["image/png", "image/jpeg", "image/gif", "image/webp"])
    }
}
