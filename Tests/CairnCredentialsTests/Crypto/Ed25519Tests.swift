import Testing
@testable import CairnCredentials

@Suite struct Ed25519Tests {
    // RFC 8037 Appendix A.1 (the key) and A.4 (the JWS "Example of Ed25519 signing").
    static let rfc8037Seed = Base64URL.decode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A")!
    static let rfc8037Public = Base64URL.decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")!
    static let rfc8037Input = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc".bytes
    static let rfc8037Signature = Base64URL.decode(
        "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg")!

    @Test func aKeyFromTheRFC8037SeedSignsAsTheRFCDoes() throws {
        let key = try Ed25519PrivateKey(seed: Self.rfc8037Seed)
        #expect(key.publicKey.bytes == Self.rfc8037Public)
        #expect(key.sign(Self.rfc8037Input) == Self.rfc8037Signature)
        #expect(key.publicKey.verify(Self.rfc8037Signature, for: Self.rfc8037Input))
    }

    @Test func theVCDIEdDSAKeyPairSignsTheVectorsCombinedHash() throws {
        // vc-di-eddsa TestVectors: keyPair.json and the eddsa-rdfc-2022 intermediates.
        let pair = try TestVectors.json("vectors/vc-di-eddsa/keyPair.json")
        let key = try Multikey.ed25519PrivateKey(pair["privateKeyMultibase"]!.stringValue!)
        #expect(Multikey.encode(key.publicKey) == pair["publicKeyMultibase"]!.stringValue!)
        #expect(Multikey.encode(key) == pair["privateKeyMultibase"]!.stringValue!)
        let folder = "vectors/vc-di-eddsa/eddsa-rdfc-2022/"
        let combined = Hex.decode(try TestVectors.text(folder + "combinedHashDataInt.txt"))!
        let signature = key.sign(combined)
        #expect(Hex.encode(signature) == (try TestVectors.text(folder + "sigHexDataInt.txt")))
        #expect(Multibase.encode(signature) == (try TestVectors.text(folder + "sigBTC58DataInt.txt")))
        #expect(key.publicKey.verify(signature, for: combined))
    }

    @Test func brokenCopiesFail() throws {
        let key = try PublicKey.ed25519(Self.rfc8037Public)
        let (input, signature) = (Self.rfc8037Input, Self.rfc8037Signature)
        #expect(!key.verify(signature.flipping(bitAt: 0), for: input))
        #expect(!key.verify(signature.flipping(bitAt: 63), for: input))
        #expect(!key.verify(signature, for: input.flipping(bitAt: 10)))
        #expect(!key.verify(Array(signature.dropLast()), for: input))
        #expect(!key.verify([], for: input))
        let other = try PublicKey.ed25519(Self.rfc8037Public.flipping(bitAt: 5))
        #expect(!other.verify(signature, for: input))
    }

    @Test func aSeedMustBe32Bytes() {
        #expect(throws: KeyError.wrongLength(.ed25519, expected: 32, actual: 31)) {
            try Ed25519PrivateKey(seed: Array(Self.rfc8037Seed.dropLast()))
        }
        #expect(throws: KeyError.wrongLength(.ed25519, expected: 32, actual: 33)) {
            try PublicKey.ed25519(Self.rfc8037Public + [0])
        }
    }

    @Test func aGeneratedKeySignsWhatItsPublicKeyVerifies() throws {
        let key = Ed25519PrivateKey.generate()
        let signature = key.sign("Cairn".bytes)
        #expect(key.publicKey.verify(signature, for: "Cairn".bytes))
        #expect(try Ed25519PrivateKey(seed: key.seed).publicKey == key.publicKey)
    }
}
