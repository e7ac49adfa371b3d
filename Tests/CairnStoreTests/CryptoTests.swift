import Testing
@testable import CairnStore

@Suite struct CryptoTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(Crypto.hex(Crypto.sha256(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Crypto.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var hasher = SHA256Hasher()
        hasher.update(Array("a".utf8))
        hasher.update(Array("bc".utf8))
        #expect(Crypto.hex(hasher.finalize()) == Crypto.sha256Hex("abc"))
    }

    @Test func randomTokensAreBase64URLOf32Bytes() {
        let token = Crypto.randomToken()
        #expect(token.count == 43)
        #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(token != Crypto.randomToken())
        #expect(Crypto.randomBytes(16).count == 16)
    }

    @Test(arguments: [([UInt8](), ""), ([0xfb], "-w"), ([0xfb, 0xff], "-_8"), (Array("foobar".utf8), "Zm9vYmFy")])
    func base64URLHasNoPadding(_ bytes: [UInt8], _ expected: String) { #expect(Crypto.base64URL(bytes) == expected) }

    @Test func passwordsHashWithArgon2idAndVerify() throws {
        let hasher = PasswordHasher(strength: .minimal)
        let hash = try hasher.hash("cairn-demo-password")
        #expect(hash.hasPrefix("$argon2id$"))
        #expect(hasher.verify("cairn-demo-password", against: hash))
        #expect(!hasher.verify("cairn-demo-passwore", against: hash))
        #expect(!hasher.verify("", against: hash))
        #expect(!hasher.verify("cairn-demo-password", against: "not a hash"))
        #expect(try hasher.hash("cairn-demo-password") != hash)  // salted
        #expect(PasswordHasher().needsRehash(hash))
        #expect(!hasher.needsRehash(hash))
    }

    @Test func unicodePasswordsVerify() throws {
        let hasher = PasswordHasher(strength: .minimal)
        #expect(hasher.verify("pässwörd-✓-長い", against: try hasher.hash("pässwörd-✓-長い")))
    }
}
