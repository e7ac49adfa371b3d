import Testing
@testable import CairnCredentials

@Suite struct DigestTests {
    // FIPS 180-2, appendix B.1 and D.1: the one-block message "abc".
    @Test func sha256OfAbcIsTheFIPSExample() {
        #expect(DigestAlgorithm.sha256.hexHash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func sha384OfAbcIsTheFIPSExample() {
        #expect(DigestAlgorithm.sha384.hexHash("abc")
            == "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
    }

    @Test func bytesAndTheirTextHashAlike() {
        for algorithm in DigestAlgorithm.allCases {
            #expect(algorithm.hash(Array("é-abc".utf8)) == algorithm.hash("é-abc"))
            #expect(algorithm.hash("").count == algorithm.byteCount)
        }
    }

    @Test func hexRoundTripsAndRefusesOddOrForeignText() {
        #expect(Hex.encode([0x00, 0xAB, 0xFF]) == "00abff")
        #expect(Hex.decode("00ABff") == [0x00, 0xAB, 0xFF])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }
}
