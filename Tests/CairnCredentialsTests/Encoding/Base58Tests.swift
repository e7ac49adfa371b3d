import Testing
@testable import CairnCredentials

@Suite struct Base58Tests {
    // The examples of draft-msporny-base58 (The Base58 Encoding Scheme, IETF draft); its text
    // writes the leading-zeros example as "11233QC4", three ones for two zero bytes, which no
    // implementation agrees with: two zero bytes are two leading ones.
    @Test(arguments: [("Hello World!".bytes, "2NEpo7TZRRrLZSi2U"),
                      ("The quick brown fox jumps over the lazy dog.".bytes,
                       "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z"),
                      ([0x00, 0x00, 0x28, 0x7F, 0xB4, 0xCD], "11233QC4")])
    func encodesAndDecodesTheDraftsExamples(bytes: [UInt8], text: String) {
        #expect(Base58.encode(bytes) == text)
        #expect(Base58.decode(text) == bytes)
    }

    @Test func emptyIsEmpty() {
        #expect(Base58.encode([]) == "")
        #expect(Base58.decode("") == [])
    }

    @Test func charactersOutsideTheAlphabetAreRefused() {
        for bad in ["0abc", "Oabc", "Iabc", "labc", "ab c", "é"] {
            #expect(Base58.decode(bad) == nil, "\(bad)")
        }
    }

    @Test func overlongTextIsRefusedBeforeDecoding() {
        #expect(Base58.decode(String(repeating: "2", count: Base58.maxDecodedLength + 1)) == nil)
    }

    /// Encoding works in limbs of nine digits and decoding digit by digit: every length from 0 to 80 bytes (with
    /// leading zeros, and all 0xFF) goes there and back, and a number's digits are the ones long division gives.
    @Test func everyLengthGoesThereAndBack() {
        var generator = SystemRandomNumberGenerator()
        for count in 0...80 {
            let random = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for bytes in [random, [0, 0] + random, [UInt8](repeating: 0xFF, count: count)] {
                let text = Base58.encode(bytes)
                #expect(Base58.decode(text) == bytes, "\(bytes)")
                #expect(text.utf8.prefix { $0 == UInt8(ascii: "1") }.count == bytes.prefix { $0 == 0 }.count)
            }
        }
        // 58⁹ is 1 followed by nine zero digits: the boundary of a limb.
        let limb: UInt64 = 58 * 58 * 58 * 58 * 58 * 58 * 58 * 58 * 58
        let bigEndian = withUnsafeBytes(of: limb.bigEndian) { Array($0) }.drop { $0 == 0 }
        #expect(Base58.encode(bigEndian) == "2111111111")
        #expect(Base58.encode(withUnsafeBytes(of: (limb - 1).bigEndian) { Array($0) }.drop { $0 == 0 }) == "zzzzzzzzz")
    }
}
