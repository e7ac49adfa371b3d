import Testing
@testable import CairnCredentials

@Suite struct Base64URLTests {
    // RFC 4648 §10 test vectors, without padding, and the two characters that differ from base64.
    @Test(arguments: [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"),
                      ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")])
    func encodesTheRFC4648Vectors(text: String, encoded: String) {
        #expect(Base64URL.encode(text.bytes) == encoded)
        #expect(Base64URL.decode(encoded) == text.bytes)
    }

    @Test func usesTheURLSafeAlphabet() {
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
    }

    @Test func paddingStandardAlphabetSpacesAndStrayBitsAreRefused() {
        for bad in ["Zm8=", "+/8", "Zm 8", "Zm9", "Zm9vY", "Z"] {
            #expect(Base64URL.decode(bad) == nil, "\(bad)")
        }
    }
}
