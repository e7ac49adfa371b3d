import Foundation
@testable import CairnCredentials

/// Credentials signed in the tests for the verifier: the OB 3.0 rubric credential of the pyld cross-check,
/// issued by the did:key of a fixed test key, with changes made before signing.
enum VerifierFixtures {
    static let key = try! Ed25519PrivateKey(seed: Array(repeating: 42, count: 32))
    static let issuer = DIDKey.did(for: key.publicKey)!
    static let method = DIDKey.verificationMethod(for: key.publicKey)!.id
    /// The time the tests verify at: 2026-06-01T00:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_780_272_000)

    /// The rubric credential without its proof, issued by `issuer`.
    static let unsigned: JSON = {
        let credential = try! TestVectors.json("vectors/pyld-crosscheck/ob-v2-rubric.json")
        return credential.setting("/proof", to: nil).setting("/issuer/id", to: .string(issuer))
    }()

    /// The document signed with eddsa-rdfc-2022 by `key` (or another key).
    static func signed(_ document: JSON = unsigned, by signingKey: Ed25519PrivateKey = key) throws -> JSON {
        let signer = DataIntegritySigner(key: signingKey, verificationMethod: DIDKey.verificationMethod(for: signingKey.publicKey)!.id)
        let signed = try signer.sign(document, created: Date(timeIntervalSince1970: 1_767_225_600))
        // OB 3.0 writes `proof` as an array.
        return signed.setting("/proof", to: .array(signed["proof"]!.asList))
    }

    /// The verifier's report on a JSON document.
    static func report(_ document: JSON, verifier: CredentialVerifier = CredentialVerifier(), at time: Date = now) -> VerificationReport {
        verifier.verify(Array(document.serialized.utf8), at: time)
    }
}
