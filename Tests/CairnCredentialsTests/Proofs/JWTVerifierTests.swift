import Foundation
import Testing
@testable import CairnCredentials

/// VC-JWT: compact JWS read and checked with EdDSA, ES256, ES384 and RS256 keys from a `jwk` header, a
/// `kid` DID URL or the issuer's did:key; RFC 7515 and RFC 8037 examples, tokens signed here and by
/// Python `cryptography`, and broken copies of them.
@Suite struct JWTVerifierTests {
    /// RFC 7515 appendix A: the claims of "joe", as the examples sign them.
    static let joePayload = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    static let rfc7515RS256 = "eyJhbGciOiJSUzI1NiJ9." + joePayload
        + ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw"
    static let rfc7515RSAKey: JSON = [
        "kty": "RSA", "e": "AQAB",
        "n": "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",
    ]
    static let rfc7515ES256 = "eyJhbGciOiJFUzI1NiJ9." + joePayload
        + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"
    static let rfc7515ECKey: JSON = [
        "kty": "EC", "crv": "P-256",
        "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
    ]
    /// RFC 8037 appendix A.4: "Example of Ed25519 signing".
    static let rfc8037EdDSA = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
        + ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"
    static let rfc8037Key: JSON = ["kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"]

    struct Example: CustomTestStringConvertible, Sendable {
        let name: String
        let token: String
        let key: JSON
        var testDescription: String { name }
    }

    static let examples = [
        Example(name: "RFC 7515 A.2 RS256", token: rfc7515RS256, key: rfc7515RSAKey),
        Example(name: "RFC 7515 A.3 ES256", token: rfc7515ES256, key: rfc7515ECKey),
        Example(name: "RFC 8037 A.4 EdDSA", token: rfc8037EdDSA, key: rfc8037Key),
    ]

    @Test(arguments: examples)
    func theRFCExampleVerifiesWithItsKey(_ example: Example) throws {
        let jws = try CompactJWS(example.token)
        try jws.verify(with: PublicKey(jwk: example.key))
    }

    @Test(arguments: examples)
    func theRFCExampleWithOneChangedSignatureBitFails(_ example: Example) throws {
        var parts = example.token.split(separator: ".").map(String.init)
        parts[2] = Base64URL.encode(Base64URL.decode(parts[2])!.flipping(bitAt: 5))
        let jws = try CompactJWS(parts.joined(separator: "."))
        #expect(throws: ProofFailure.signatureMismatch("the token was changed after signing, or the key did not sign it")) {
            try jws.verify(with: PublicKey(jwk: example.key))
        }
    }

    @Test func theRFCPayloadReadsAsClaims() throws {
        let jws = try CompactJWS(Self.rfc7515ES256)
        #expect(jws.payloadJSON?["iss"] == "joe")
        #expect(jws.algorithm == "ES256")
    }

    // MARK: Tokens signed here with Ed25519

    static let key = try! Ed25519PrivateKey(seed: Array(repeating: 5, count: 32))
    static let did = DIDKey.did(for: key.publicKey)!
    static let methodID = did + "#" + String(did.dropFirst("did:key:".count))

    static func credential(issuer: String = did) -> JSON {
        [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:0c8e5d1e-1b2a-4f1a-9e55-2d7a3c9b8f61",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": ["id": .string(issuer), "type": ["Profile"], "name": "Example School"],
            "validFrom": "2024-01-01T00:00:00Z",
            "credentialSubject": ["id": "did:example:learner", "type": ["AchievementSubject"]],
        ]
    }

    /// A VC 1.1-style JWT as Open Badges 3.0 shows it: the credential in `vc`, with registered claims.
    static func vc11Token(kid: String? = methodID, exp: Double = 1_900_000_000, iss: String = did) -> String {
        var header: [String: JSON] = ["typ": "JWT"]
        if let kid { header["kid"] = .string(kid) }
        let claims: JSON = [
            "iss": .string(iss), "sub": "did:example:learner", "jti": "urn:uuid:0c8e5d1e-1b2a-4f1a-9e55-2d7a3c9b8f61",
            "nbf": 1_704_067_200, "exp": .number(exp), "vc": credential(),
        ]
        return CompactJWS.sign(payload: claims, header: .object(header), with: key)
    }

    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    @Test func aVC11TokenSignedHereVerifiesWithItsDIDKeyKid() {
        let verification = JWTVerifier().verify(Self.vc11Token(), at: Self.now)
        #expect(verification.proof.isValid, "\(verification.proof)")
        #expect(verification.proof.suite == "JWT EdDSA")
        #expect(verification.proof.verificationMethod?.controller == Self.did)
        #expect(verification.credential == Self.credential())
    }

    @Test func aVCJOSETokenWhoseKidIsAFragmentOfTheCredentialsIssuerVerifies() {
        // VC-JOSE-COSE: the payload is the credential, and without `iss` its issuer names the DID.
        let fragment = "#" + String(Self.did.dropFirst("did:key:".count))
        let token = CompactJWS.sign(payload: Self.credential(), header: ["kid": .string(fragment), "typ": "vc+jwt"], with: Self.key)
        let verification = JWTVerifier().verify(token)
        #expect(verification.proof.isValid, "\(verification.proof)")
        #expect(verification.proof.verificationMethodID == Self.methodID)
        #expect(verification.credential?["type"] == ["VerifiableCredential", "OpenBadgeCredential"])
    }

    @Test func aKidThatIsNeitherADIDURLNorAFragmentIsInconclusive() {
        let token = CompactJWS.sign(payload: Self.credential(), header: ["kid": "key-1"], with: Self.key)
        #expect(JWTVerifier().verify(token).proof.failure
            == .keyUnavailable("the kid “key-1” is neither a DID URL nor a URL, nor a fragment of an issuer DID"))
    }

    @Test func aTokenWithoutKidUsesTheIssuersDIDKey() {
        #expect(JWTVerifier().verify(Self.vc11Token(kid: nil)).proof.isValid)
    }

    @Test func aTokenWithAJWKHeaderVerifiesWithoutSayingWhoControlsTheKey() {
        let token = CompactJWS.sign(payload: Self.credential(), header: ["jwk": Self.key.publicKey.jwk], with: Self.key)
        let verification = JWTVerifier().verify(token)
        #expect(verification.proof.isValid, "\(verification.proof)")
        #expect(verification.proof.verificationMethod?.controller == "")
    }

    @Test func aChangedPayloadFailsAtTheSignature() {
        var parts = Self.vc11Token().split(separator: ".").map(String.init)
        var claims = try! JSON(parsing: Base64URL.decode(parts[1])!).objectValue!
        claims["sub"] = "did:example:someone-else"
        parts[1] = Base64URL.encode(Array(JSON.object(claims).serialized.utf8))
        let proof = JWTVerifier().verify(parts.joined(separator: ".")).proof
        guard case .signatureMismatch = proof.failure else { Issue.record("\(proof)"); return }
    }

    @Test func anExpiredTokenFailsWithItsExpiry() {
        let proof = JWTVerifier().verify(Self.vc11Token(exp: 1_720_000_000), at: Self.now).proof
        #expect(proof.failure == .outsideValidity("it expired at 2024-07-03T09:46:40Z (“exp”)"))
    }

    @Test func aTokenWhoseIssuerIsNotTheCredentialsFails() {
        let proof = JWTVerifier().verify(Self.vc11Token(kid: Self.methodID, iss: "did:example:other")).proof
        #expect(proof.failure == .claimMismatch("“iss” is did:example:other but the credential's issuer is \(Self.did)"))
    }

    @Test func anUnsignedTokenIsRefused() {
        let header = Base64URL.encode(Array(#"{"alg":"none"}"#.utf8))
        let payload = Base64URL.encode(Array(Self.credential().serialized.utf8))
        let proof = JWTVerifier().verify(header + "." + payload + ".").proof
        #expect(proof.verdict == .invalid)
        #expect(proof.failure == .algorithmRefused("“alg: none” marks an unsigned token, which is never accepted"))
    }

    @Test func anHMACTokenIsRefusedEvenWithThePublicKeyAsSecret() {
        // The classic confusion: HS256 "signed" with the issuer's public key bytes as the secret.
        let header = Base64URL.encode(Array(#"{"alg":"HS256","jwk":\#(Self.key.publicKey.jwk.serialized)}"#.utf8))
        let token = header + "." + Base64URL.encode(Array(Self.credential().serialized.utf8)) + "." + Base64URL.encode(Array(repeating: 1, count: 32))
        let proof = JWTVerifier().verify(token).proof
        #expect(proof.verdict == .invalid)
        guard case .algorithmRefused(let reason) = proof.failure else { Issue.record("\(proof)"); return }
        #expect(reason.hasPrefix("HS256 is a shared-secret MAC"))
    }

    @Test func anAlgorithmThatDoesNotFitTheKeyIsRefused() {
        var parts = Self.vc11Token().split(separator: ".").map(String.init)
        var header = try! JSON(parsing: Base64URL.decode(parts[0])!).objectValue!
        header["alg"] = "ES256"
        parts[0] = Base64URL.encode(Array(JSON.object(header).serialized.utf8))
        let proof = JWTVerifier().verify(parts.joined(separator: ".")).proof
        #expect(proof.failure == .algorithmRefused("the header says ES256 but the key is Ed25519, which signs EdDSA"))
    }

    @Test func anUnsupportedAlgorithmIsInconclusive() {
        let header = Base64URL.encode(Array(#"{"alg":"ES512","kid":"\#(Self.methodID)"}"#.utf8))
        let token = header + "." + Base64URL.encode(Array("{}".utf8)) + "." + Base64URL.encode(Array(repeating: 1, count: 132))
        #expect(JWTVerifier().verify(token).proof.failure == .unsupportedSuite("JWS “ES512”"))
    }

    @Test func aPrivateKeyInTheJWKHeaderIsRefused() {
        var jwk = Self.key.publicKey.jwk.objectValue!
        jwk["d"] = .string(Base64URL.encode(Self.key.seed))
        let token = CompactJWS.sign(payload: Self.credential(), header: ["jwk": .object(jwk)], with: Self.key)
        #expect(JWTVerifier().verify(token).proof.failure == .keyRefused("the jwk header holds a private key"))
    }

    @Test func aDIDWebKidIsInconclusiveWithoutALoader() {
        let proof = JWTVerifier().verify(Self.vc11Token(kid: "did:web:school.example#key-1")).proof
        #expect(proof.verdict == .inconclusive)
    }

    @Test(arguments: [
        ("not a token", "not a compact JWS: it has 1 part separated by dots, where a JWS has 3"),
        ("a.b.c.d.e", "an encrypted token (JWE): Cairn reads signed tokens (JWS) only"),
        ("e30.e30.!!", "the JWS signature is not unpadded base64url"),
        ("W10.e30.", "the JWS header is not a JSON object"),
    ])
    func brokenTokensAreMalformedWithAReason(_ token: String, _ reason: String) {
        #expect(JWTVerifier().verify(token).proof.failure == .malformed(reason))
    }

    // MARK: Tokens signed by Python cryptography (Suites/vectors/vc-jwt/make-tokens.py)

    @Test(arguments: ["es384-did-key", "rs256-jwk-header"])
    func aTokenSignedByAnotherImplementationVerifies(_ name: String) throws {
        let token = try #require(TestVectors.json("vectors/vc-jwt/tokens.json")[name]?.stringValue)
        let verification = JWTVerifier().verify(token, at: Self.now)
        #expect(verification.proof.isValid, "\(verification.proof)")
        #expect(verification.credential?["credentialSubject"]?["id"] == "did:example:learner")
        var parts = token.split(separator: ".").map(String.init)
        parts[2] = Base64URL.encode(Base64URL.decode(parts[2])!.flipping(bitAt: 0))
        guard case .signatureMismatch = JWTVerifier().verify(parts.joined(separator: ".")).proof.failure else {
            Issue.record("a changed signature was not caught")
            return
        }
    }
}
