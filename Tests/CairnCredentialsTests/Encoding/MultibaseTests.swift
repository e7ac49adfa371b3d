import Testing
@testable import CairnCredentials

@Suite struct MultibaseTests {
    // The multibase specification's example: "yes mani !" in base58btc and base64url.
    @Test func encodesTheSpecificationsExample() throws {
        #expect(Multibase.encode("yes mani !".bytes, base: .base58btc) == "z7paNL19xttacUY")
        #expect(Multibase.encode("yes mani !".bytes, base: .base64url) == "ueWVzIG1hbmkgIQ")
        #expect(try Multibase.decode("z7paNL19xttacUY") == ("yes mani !".bytes, .base58btc))
        #expect(try Multibase.decode("ueWVzIG1hbmkgIQ") == ("yes mani !".bytes, .base64url))
    }

    @Test func otherBasesAndBadTextAreRefusedWithTheReason() {
        #expect(throws: MultibaseError.unsupportedBase("f")) { try Multibase.decode("f796573") }
        #expect(throws: MultibaseError.empty) { try Multibase.decode("") }
        #expect(throws: MultibaseError.badCharacters(.base58btc)) { try Multibase.decode("z0OIl") }
        #expect(throws: MultibaseError.badCharacters(.base64url)) { try Multibase.decode("ueWVzIG1hbmkgIQ==") }
        #expect(MultibaseError.unsupportedBase("f").description.contains("only base58btc"))
    }
}
