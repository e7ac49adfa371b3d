import Testing
@testable import CairnCredentials

@Suite struct VerificationMethodTests {
    static let vcDIEdDSAKey = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"   // vc-di-eddsa keyPair.json

    @Test func aMultikeyMethodIsReadAndWrittenBack() throws {
        let json: JSON = ["id": "https://district.example.org/issuers/1#key-1", "type": "Multikey",
                          "controller": "https://district.example.org/issuers/1",
                          "publicKeyMultibase": .string(Self.vcDIEdDSAKey)]
        let method = try VerificationMethod(json: json)
        #expect(method.controller == "https://district.example.org/issuers/1")
        #expect(method.publicKey == (try Multikey.publicKey(Self.vcDIEdDSAKey)))
        #expect(method.json == json)
    }

    @Test func theOlderEd25519AndJWKTypesGiveTheSameKeys() throws {
        // RFC 8037 A.2's key in base58 (Ed25519VerificationKey2018) and RFC 7515 A.3's as a JWK.
        let raw = Base64URL.decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")!
        let legacy = try VerificationMethod(json: ["id": "did:example:1#k", "type": "Ed25519VerificationKey2018",
                                                   "controller": "did:example:1", "publicKeyBase58": .string(Base58.encode(raw))])
        #expect(legacy.publicKey == (try PublicKey.ed25519(raw)))
        let jwk = try VerificationMethod(json: ["id": "did:example:2#k", "type": "JsonWebKey2020",
                                                "controller": "did:example:2", "publicKeyJwk": PublicKeyTests.es256JWK])
        #expect(jwk.publicKey.kind == .p256)
        #expect(jwk.json["publicKeyMultibase"]?.stringValue?.hasPrefix("zDn") == true)
        let rsa = try VerificationMethod(json: ["id": "did:example:3#k", "type": "JsonWebKey",
                                                "controller": "did:example:3", "publicKeyJwk": PublicKeyTests.rs256JWK])
        #expect(rsa.json["publicKeyJwk"] == PublicKeyTests.rs256JWK)
    }

    @Test(arguments: [
        (["type": "Multikey", "controller": "did:example:1", "publicKeyMultibase": .string(vcDIEdDSAKey)] as JSON,
         KeyError.badVerificationMethod("no “id”")),
        (["id": "did:example:1#k", "type": "Multikey", "publicKeyMultibase": .string(vcDIEdDSAKey)],
         .badVerificationMethod("no “controller” in did:example:1#k")),
        (["id": "did:example:1#k", "type": "Multikey", "controller": "did:example:1"],
         .badVerificationMethod("no “publicKeyMultibase” in the Multikey did:example:1#k")),
        (["id": "did:example:1#k", "type": "RsaVerificationKey2018", "controller": "did:example:1"],
         .unsupportedVerificationMethod("RsaVerificationKey2018")),
        (["id": "did:example:1#k", "type": "Ed25519VerificationKey2020", "controller": "did:example:1",
          "publicKeyMultibase": .string(MultikeyTests.p256)],
         .badVerificationMethod("the Ed25519VerificationKey2020 did:example:1#k holds a P-256 key")),
        (["id": "did:example:1#k", "type": "Multikey", "controller": "did:example:1",
          "publicKeyMultibase": .string(vcDIEdDSAKey), "secretKeyMultibase": "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"],
         .wrongKeyUse("the verification method did:example:1#k holds a private key")),
    ] as [(JSON, KeyError)])
    func anIncompleteUnsupportedOrPrivateMethodIsRefused(json: JSON, error: KeyError) {
        #expect(throws: error) { try VerificationMethod(json: json) }
    }
}
