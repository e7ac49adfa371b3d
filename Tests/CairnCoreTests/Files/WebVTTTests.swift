import Testing
@testable import CairnCore

@Suite struct WebVTTTests {
    @Test(arguments: ["WEBVTT\n\n00:00.000 --> 00:01.000\nHello", "WEBVTT", "\u{FEFF}WEBVTT - Lesson\r\n", "WEBVTT\tcaptions\n"])
    func acceptsWebVTT(_ text: String) {
        #expect(WebVTT.isWebVTT(Array(text.utf8)))
    }

    @Test(arguments: ["", "WEBVTTX", "webvtt\n", "1\n00:00:00,000 --> 00:00:01,000\nHello (SubRip)", " WEBVTT"])
    func refusesWhatIsNotWebVTT(_ text: String) {
        #expect(!WebVTT.isWebVTT(Array(text.utf8)))
    }

    @Test func refusesBytesThatAreNotUTF8() {
        #expect(!WebVTT.isWebVTT(Array("WEBVTT\n\n00:00.000 --> 00:01.000\n".utf8) + [0xFF, 0xFE]))
    }
}
