import Testing
@testable import CairnCredentials

@Suite struct MultikeyTests {
    // did:key method specification (W3C CCG), test vectors for P-256 and P-384: the multikey and
    // the same key as a JWK.
    static let p256 = "zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169"
    static let p256JWK: JSON = ["kty": "EC", "crv": "P-256", "x": "fyNYMN0976ci7xqiSdag3buk-ZCwgXU4kz9XNkBlNUI",
                                "y": "hW2ojTNfH7Jbi8--CJUo3OCbH3y5n91g-IMA9MLMbTU"]
    static let p384 = "z82Lm1MpAkeJcix9K8TMiLd5NMAhnwkjjCBeWHXyu3U4oT2MVJJKXkcVBgjGhnLBn2Kaau9"
    static let p384JWK: JSON = ["kty": "EC", "crv": "P-384",
                                "x": "lInTxl8fjLKp_UCrxI0WDklahi-7-_6JbtiHjiRvMvhedhKVdHBfi2HCY8t_QJyc",
                                "y": "y6N1IC-2mXxHreETBW7K3mBcw0qGr3CWHCs-yl09yCQRLcyfGv7XhqAngHOu51Zv"]

    @Test(arguments: [(p256, p256JWK, PublicKey.Kind.p256), (p384, p384JWK, .p384)])
    func aCompressedECMultikeyIsItsJWK(multikey: String, jwk: JSON, kind: PublicKey.Kind) throws {
        let key = try Multikey.publicKey(multikey)
        #expect(key.kind == kind)
        #expect(key.jwk == jwk)
        #expect(try PublicKey(jwk: jwk) == key)
        #expect(Multikey.encode(key) == multikey)
    }

    @Test func anEd25519MultikeyIsItsRawKey() throws {
        // RFC 8037 A.1's public key, and the multikey of vc-di-eddsa's keyPair.json.
        let key = try PublicKey.ed25519(Base64URL.decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")!)
        let multikey = try #require(Multikey.encode(key))
        #expect(multikey.hasPrefix("z6Mk"))
        #expect(try Multikey.publicKey(multikey) == key)
        let pair = try TestVectors.json("vectors/vc-di-eddsa/keyPair.json")
        let vectorKey = try Multikey.publicKey(pair["publicKeyMultibase"]!.stringValue!)
        #expect(vectorKey.kind == .ed25519 && vectorKey.bytes.count == 32)
    }

    @Test func otherKeyTypesAndBrokenValuesAreRefused() throws {
        // did:key's secp256k1 vector: a type Cairn does not read.
        #expect(throws: KeyError.unsupportedMulticodec(0xE7)) {
            try Multikey.publicKey("zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme")
        }
        #expect(throws: KeyError.wrongLength(.p256, expected: 33, actual: 32)) {
            try Multikey.publicKey(Multibase.encode([0x80, 0x24] + [0x02] + [UInt8](repeating: 7, count: 31)))
        }
        #expect(throws: KeyError.truncatedMulticodec) { try Multikey.publicKey(Multibase.encode([0x80])) }
        #expect(throws: KeyError.multibase(.unsupportedBase("m"))) { try Multikey.publicKey("mAQID") }
        let pair = try TestVectors.json("vectors/vc-di-eddsa/keyPair.json")
        #expect(throws: KeyError.wrongKeyUse("a private key where a public multikey is needed")) {
            try Multikey.publicKey(pair["privateKeyMultibase"]!.stringValue!)
        }
        #expect(throws: KeyError.self) { try Multikey.ed25519PrivateKey(pair["publicKeyMultibase"]!.stringValue!) }
    }

    @Test func theVarintOfAMulticodecIsLEB128() {
        #expect(Multikey.varint(0xED) == [0xED, 0x01])
        #expect(Multikey.varint(0x1200) == [0x80, 0x24])
        #expect(Multikey.varint(0x1201) == [0x81, 0x24])
        #expect(Multikey.varint(0x1300) == [0x80, 0x26])
    }
}
