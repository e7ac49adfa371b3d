import Testing
@testable import CairnCredentials

@Suite struct JWKTests {
    @Test func anOKPKeyIsEd25519() throws {
        // RFC 8037 Appendix A.2: the public key as a JWK.
        let jwk: JSON = ["kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"]
        let key = try PublicKey(jwk: jwk)
        #expect(key.kind == .ed25519 && key.kind.jwsAlgorithm == "EdDSA")
        #expect(key.jwk == jwk)
    }

    @Test func privateMembersAreIgnored() throws {
        // RFC 7515 A.3's key with its private "d".
        var jwk = PublicKeyTests.es256JWK.objectValue!
        jwk["d"] = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"
        #expect(try PublicKey(jwk: .object(jwk)) == PublicKey(jwk: PublicKeyTests.es256JWK))
    }

    @Test func anRSAKeyKeepsItsModulusAndExponent() throws {
        let key = try PublicKey(jwk: PublicKeyTests.rs256JWK)
        #expect(key.jwk == PublicKeyTests.rs256JWK)
        #expect(key.exponent == [1, 0, 1])
    }

    @Test(arguments: [
        (JSON.string("x"), KeyError.badJWK("it is not a JSON object")),
        (["crv": "Ed25519"], .badJWK("no “kty”")),
        (["kty": "oct", "k": "AyM1"], .unsupportedJWK("key type “oct”")),
        (["kty": "OKP", "crv": "X25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"],
         .unsupportedJWK("OKP curve “X25519”: only Ed25519 signs")),
        (["kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="],
         .badJWK("“x” is not unpadded base64url")),
        (["kty": "EC", "crv": "P-521", "x": "AA", "y": "AA"], .unsupportedJWK("EC curve “P-521”: P-256 and P-384 are supported")),
        (["kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"], .badJWK("no “y”")),
        // The RFC 7515 A.3 point with one character of y changed: off the curve.
        (["kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
          "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5b0"], .notOnCurve(.p256)),
        // A coordinate without its leading byte (RFC 7518 §6.2.1.2 wants the full size).
        (["kty": "EC", "crv": "P-256", "x": "zjcPcNsRdQYPLm-b20t7WAczNXvp7xO6z248e9FURQ",
          "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"], .wrongLength(.p256, expected: 32, actual: 31)),
    ] as [(JSON, KeyError)])
    func aBrokenOrUnsupportedJWKIsRefusedWithItsReason(jwk: JSON, error: KeyError) {
        #expect(throws: error) { try PublicKey(jwk: jwk) }
    }
}
