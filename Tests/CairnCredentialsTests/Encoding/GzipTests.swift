import Testing
@testable import CairnCredentials

@Suite struct GzipTests {
    @Test func whatIsCompressedDecompressesToTheSameBytes() throws {
        let text = String(repeating: "Cairn microcredentials. ", count: 1_000).bytes
        let compressed = Gzip.compress(text)
        #expect(compressed.starts(with: [0x1F, 0x8B, 0x08]))   // the GZIP magic number and deflate
        #expect(compressed.count < text.count / 10)
        #expect(try Gzip.decompress(compressed, limit: text.count) == text)
        #expect(try Gzip.decompress(Gzip.compress([]), limit: 0) == [])
    }

    @Test func expandingPastTheLimitIsRefused() {
        let zeros = Gzip.compress([UInt8](repeating: 0, count: 1 << 20))
        #expect(throws: Gzip.Failure.tooLarge(limit: 1 << 19)) { try Gzip.decompress(zeros, limit: 1 << 19) }
    }

    @Test func truncatedCorruptAndTrailingDataAreRefused() {
        let compressed = Gzip.compress("a status list".bytes)
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(Array(compressed.dropLast(4)), limit: 100) }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(compressed.flipping(bitAt: 12), limit: 100) }
        #expect(throws: Gzip.Failure.notGzip("bytes after the end of the GZIP data")) {
            try Gzip.decompress(compressed + [0], limit: 100)
        }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress("not gzip".bytes, limit: 100) }
    }
}
