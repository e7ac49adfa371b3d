import Foundation
import Testing
@testable import CairnCredentials

/// Published signed credentials of the suites Cairn verifies but does not issue: `Ed25519Signature2020`
/// (Digital Bazaar's vector, signed with the vc-di-eddsa key) and `ecdsa-rdfc-2019` on P-256 and P-384
/// (W3C vc-di-ecdsa's vectors). Each verifies, and each fails once a field of it is changed.
@Suite struct LegacyAndECDSAProofTests {
    struct Vector: CustomTestStringConvertible, Sendable {
        let path: String
        let suite: String
        let key: PublicKey.Kind
        var testDescription: String { path }
    }

    static let vectors = [
        Vector(path: "ed25519-signature-2020/signedFixture.json", suite: "Ed25519Signature2020", key: .ed25519),
        Vector(path: "vc-di-ecdsa/ecdsa-rdfc-2019-p256/employ/signedECDSAP256.json", suite: "ecdsa-rdfc-2019", key: .p256),
        Vector(path: "vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/signedECDSAP384.json", suite: "ecdsa-rdfc-2019", key: .p384),
    ]

    static let verifier = ProofVerifier()

    @Test(arguments: vectors)
    func thePublishedCredentialVerifies(_ vector: Vector) throws {
        let results = Self.verifier.verify(try TestVectors.json("vectors/" + vector.path))
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(result.isValid, "\(result)")
        #expect(result.suite == vector.suite)
        #expect(result.verificationMethod?.publicKey.kind == vector.key)
    }

    @Test(arguments: vectors)
    func aChangedDescriptionFailsAtTheSignature(_ vector: Vector) throws {
        guard case .object(var document) = try TestVectors.json("vectors/" + vector.path) else { return }
        document["description"] = "A changed description."
        let result = try #require(Self.verifier.verify(.object(document)).first)
        guard case .signatureMismatch = result.failure else { Issue.record("\(result)"); return }
    }

    @Test(arguments: vectors)
    func aChangedProofDateFailsAtTheSignature(_ vector: Vector) throws {
        guard case .object(var document) = try TestVectors.json("vectors/" + vector.path),
              case .object(var proof)? = document["proof"] else { return }
        proof["created"] = "2023-02-24T23:36:39Z"
        document["proof"] = .object(proof)
        let result = try #require(Self.verifier.verify(.object(document)).first)
        guard case .signatureMismatch = result.failure else { Issue.record("\(result)"); return }
    }

    struct Intermediates: CustomTestStringConvertible, Sendable {
        let folder: String
        let curve: String
        let hash: DigestAlgorithm
        var testDescription: String { curve }
    }

    /// The intermediates published for the employment credential, as far as they were found.
    static let intermediates = [
        Intermediates(folder: "vc-di-ecdsa/ecdsa-rdfc-2019-p256/employ/", curve: "P256", hash: .sha256),
        Intermediates(folder: "vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/", curve: "P384", hash: .sha384),
    ]

    @Test(arguments: intermediates)
    func theHashesAndSignatureAreTheVectors(_ vector: Intermediates) throws {
        let signed = try TestVectors.json("vectors/\(vector.folder)signedECDSA\(vector.curve).json")
        guard case .object(var document) = signed, case .object(var proof)? = document["proof"] else { return }
        document["proof"] = nil
        let proofValue = try #require(proof.removeValue(forKey: "proofValue")?.stringValue)
        proof["@context"] = document["@context"]
        let forms = try DataIntegrityCanonicalForms(document: .object(document), proofConfiguration: .object(proof),
                                                    loader: DocumentLoader.bundledOnly, canonicalizationHash: vector.hash)
        func file(_ name: String) throws -> String { try TestVectors.text("vectors/\(vector.folder)\(name)ECDSA\(vector.curve).txt") }
        #expect(Hex.encode(forms.proofConfigurationHash(vector.hash)) == (try file("proofHash")))
        #expect(Hex.encode(forms.hashData(vector.hash)) == (try file("combinedHash")))
        #expect(proofValue == (try file("sigBTC58")))
        #expect(Hex.encode(try Multibase.decode(proofValue).bytes) == (try file("sigHex")))
        if vector.curve == "P384" {
            // RDFC-1.0 with SHA-384 labels the blank nodes otherwise than with SHA-256.
            #expect(forms.document == (try file("canonDoc")))
            #expect(Hex.encode(forms.documentHash(.sha384)) == (try file("docHash")))
        } else {
            #expect(forms.proofConfiguration == (try file("proofCanon")))
        }
    }

    @Test func theKeyInAFragmentIsAcceptedOnlyWhenAllowed() throws {
        let key = try Ed25519PrivateKey(seed: Array(repeating: 3, count: 32))
        let methodID = "https://school.example/issuer#" + Multikey.encode(key.publicKey)!
        let credential: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
            "issuer": "https://school.example/issuer", "credentialSubject": ["id": "did:example:learner"],
        ]
        let signed = try DataIntegritySigner(key: key, verificationMethod: methodID).sign(credential, created: nil)
        let refused = try #require(ProofVerifier().verify(signed).first)
        #expect(refused.verdict == .inconclusive)
        guard case .keyUnavailable = refused.failure else { Issue.record("\(refused)"); return }
        let allowed = try #require(ProofVerifier(keys: KeyResolver(allowKeyInFragment: true)).verify(signed).first)
        #expect(allowed.isValid, "\(allowed)")
        #expect(allowed.verificationMethod?.controller == "https://school.example/issuer")
    }

    @Test func anEd25519Signature2020ProofNeedsItsSuiteContext() throws {
        guard case .object(var document) = try TestVectors.json("vectors/ed25519-signature-2020/signedFixture.json") else { return }
        document["@context"] = ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"]
        let result = try #require(ProofVerifier().verify(.object(document)).first)
        #expect(result.failure == .contextMismatch(
            "an Ed25519Signature2020 proof needs https://w3id.org/security/suites/ed25519-2020/v1 in the document's @context"))
    }

    @Test func aP384SignatureCannotPassForAP256Key() throws {
        guard case .object(var document) = try TestVectors.json("vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/signedECDSAP384.json"),
              case .object(var proof)? = document["proof"] else { return }
        let p256 = "zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP"
        proof["verificationMethod"] = .string("did:key:\(p256)#\(p256)")
        document["proof"] = .object(proof)
        let result = try #require(ProofVerifier().verify(.object(document)).first)
        #expect(result.failure == .malformed("the signature is 96 bytes long; a P-256 signature has 64"))
    }

    @Test func theVectorsKeysAreTheKeyPairsPublicKeys() throws {
        for name in ["p256KeyPair", "p384KeyPair"] {
            let pair = try TestVectors.json("vectors/vc-di-ecdsa/\(name).json")
            let key = try Multikey.publicKey(try #require(pair["publicKeyMultibase"]?.stringValue))
            #expect(Multikey.encode(key) == pair["publicKeyMultibase"]?.stringValue)
        }
    }
}
