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
}
