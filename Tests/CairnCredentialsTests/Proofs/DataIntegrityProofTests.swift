import Foundation
import Testing
@testable import CairnCredentials

/// An `eddsa-rdfc-2022` proof made here verifies, and every change to the credential or its proof fails
/// at the step it concerns, with that step's reason.
@Suite struct DataIntegrityProofTests {
    static let key = try! Ed25519PrivateKey(seed: Array(repeating: 7, count: 32))
    static let method = DIDKey.verificationMethod(for: key.publicKey)!
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    static func signed(_ document: JSON = credential, by key: Ed25519PrivateKey = key) throws -> JSON {
        let method = DIDKey.verificationMethod(for: key.publicKey)!
        return try DataIntegritySigner(key: key, verificationMethod: method.id).sign(document, created: created)
    }

    static let credential: JSON = [
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
        "id": "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5",
        "type": ["VerifiableCredential", "AlumniCredential"],
        "name": "Alumni Credential",
        "issuer": "did:example:issuer",
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": ["id": "did:example:alumna", "alumniOf": "The School of Examples"],
    ]

    /// The signed credential with `change` applied to its one proof.
    static func withProof(_ change: (inout [String: JSON]) -> Void) throws -> JSON {
        guard case .object(var document) = try signed(), case .object(var proof) = document["proof"]! else {
            throw ProofFailure.malformed("no proof")
        }
        change(&proof)
        document["proof"] = .object(proof)
        return .object(document)
    }

    static func only(_ document: JSON, verifier: ProofVerifier = ProofVerifier()) throws -> ProofResult {
        let results = verifier.verify(document)
        try #require(results.count == 1)
        return results[0]
    }

    @Test func aCredentialSignedHereVerifiesWithItsDIDKey() throws {
        let result = try Self.only(Self.signed())
        #expect(result.verdict == .valid)
        #expect(result.suite == "eddsa-rdfc-2022")
        #expect(result.verificationMethod == Self.method)
        #expect(result.description == "eddsa-rdfc-2022 proof valid, signed with \(Self.method.id)")
    }

    @Test func aChangedNameFailsAtTheSignature() throws {
        guard case .object(var document) = try Self.signed() else { return }
        document["name"] = "Alumna Credential"
        let result = try Self.only(.object(document))
        #expect(result.verdict == .invalid)
        guard case .signatureMismatch = result.failure else { Issue.record("\(result)"); return }
        #expect(result.description.contains("the document or its proof was changed after signing"))
    }

    @Test func aChangedProofDateFailsAtTheSignature() throws {
        let document = try Self.withProof { $0["created"] = "2023-11-14T22:13:21Z" }
        guard case .signatureMismatch = try Self.only(document).failure else { Issue.record("not a mismatch"); return }
    }

    @Test func oneChangedBitOfTheSignatureFailsAtTheSignature() throws {
        let document = try Self.withProof { proof in
            let bytes = try! Multibase.decode(proof["proofValue"]!.stringValue!).bytes
            proof["proofValue"] = .string(Multibase.encode(bytes.flipping(bitAt: 10)))
        }
        guard case .signatureMismatch = try Self.only(document).failure else { Issue.record("not a mismatch"); return }
    }

    @Test func anotherKeysProofFailsAtTheSignature() throws {
        let other = try Ed25519PrivateKey(seed: Array(repeating: 8, count: 32))
        let document = try Self.withProof { $0["verificationMethod"] = .string(DIDKey.verificationMethod(for: other.publicKey)!.id) }
        guard case .signatureMismatch = try Self.only(document).failure else { Issue.record("not a mismatch"); return }
    }

    @Test func aSignatureInBase64urlIsMalformed() throws {
        let document = try Self.withProof { proof in
            let bytes = try! Multibase.decode(proof["proofValue"]!.stringValue!).bytes
            proof["proofValue"] = .string(Multibase.encode(bytes, base: .base64url))
        }
        #expect(try Self.only(document).failure == .malformed("the proofValue is not multibase base58btc (“z…”)"))
    }

    @Test func aProofWithoutItsValueIsMalformed() throws {
        let document = try Self.withProof { $0["proofValue"] = nil }
        #expect(try Self.only(document).failure == .malformed("it has no proofValue"))
    }

    @Test func aCreatedDateThatIsNotADateIsMalformed() throws {
        let document = try Self.withProof { $0["created"] = "yesterday" }
        guard case .malformed(let reason) = try Self.only(document).failure else { Issue.record("not malformed"); return }
        #expect(reason.contains("“created”"))
    }

    @Test func aProofForAuthenticationIsNotAcceptedForAnAssertion() throws {
        let document = try Self.withProof { $0["proofPurpose"] = "authentication" }
        #expect(try Self.only(document).failure == .wrongPurpose(expected: "assertionMethod", actual: "authentication"))
    }

    @Test func aP256KeyCannotCheckAnEd25519Proof() throws {
        let p256 = try Multikey.publicKey("zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP")
        let method = DIDKey.verificationMethod(for: p256)!
        let document = try Self.withProof { $0["verificationMethod"] = .string(method.id) }
        #expect(try Self.only(document).failure
            == .keyRefused("\(method.id) is a P-256 key, which does not sign eddsa-rdfc-2022 proofs"))
    }

    @Test func aDIDWebKeyWithoutALoaderIsInconclusive() throws {
        let document = try Self.withProof { $0["verificationMethod"] = "did:web:school.example#key-1" }
        let result = try Self.only(document)
        #expect(result.verdict == .inconclusive)
        guard case .keyUnavailable = result.failure else { Issue.record("\(result)"); return }
    }

    @Test func anUnsupportedCryptosuiteIsInconclusiveNeverValid() throws {
        let document = try Self.withProof { $0["cryptosuite"] = "bbs-2023" }
        let result = try Self.only(document)
        #expect(result.verdict == .inconclusive)
        #expect(result.failure == .unsupportedSuite("the “bbs-2023” cryptosuite"))
    }

    @Test func anUnsupportedProofTypeIsInconclusiveNeverValid() throws {
        let document = try Self.withProof { $0["type"] = "RsaSignature2018" }
        let result = try Self.only(document)
        #expect(result.verdict == .inconclusive)
        #expect(result.description == "RsaSignature2018 proof inconclusive: Cairn does not check “RsaSignature2018” proofs, so this one is neither valid nor invalid")
    }

    @Test func aProofContextThatDoesNotBeginTheDocumentsIsRefused() throws {
        let document = try Self.withProof { $0["@context"] = ["https://www.w3.org/ns/credentials/examples/v2"] }
        #expect(try Self.only(document).failure == .contextMismatch("the document's @context does not begin with the proof's"))
    }

    @Test func aProofContextThatBeginsTheDocumentsIsUsedForIt() throws {
        let document = try Self.withProof {
            $0["@context"] = ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"]
        }
        #expect(try Self.only(document).isValid)
    }

    @Test func aContextThatIsNotBundledIsRefusedByName() throws {
        guard case .object(var document) = try Self.signed() else { return }
        document["@context"] = ["https://www.w3.org/ns/credentials/v2", "https://contexts.example/private.jsonld"]
        guard case .contextRefused(let reason) = try Self.only(.object(document)).failure else {
            Issue.record("not refused")
            return
        }
        #expect(reason.contains("https://contexts.example/private.jsonld"))
    }

    /// VC 1.1 has no `@vocab`, so a term its contexts do not define is caught in safe mode.
    static let credential11: JSON = [
        "@context": ["https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/data-integrity/v2"],
        "id": "urn:uuid:1", "type": ["VerifiableCredential"], "issuer": "did:example:issuer",
        "issuanceDate": "2024-01-01T00:00:00Z", "credentialSubject": ["id": "did:example:alumna"],
    ]

    @Test func anUndefinedTermIsNamedInVerification() throws {
        guard case .object(var document) = try Self.signed(Self.credential11) else { return }
        #expect(try Self.only(.object(document)).isValid)
        document["nmae"] = "Typo"
        #expect(try Self.only(.object(document)).failure
            == .undefinedTerm("the property “nmae” is not defined by the document's contexts and would be dropped"))
    }

    @Test func aDocumentWithAnUndefinedTermIsNotSigned() throws {
        guard case .object(var document) = Self.credential11 else { return }
        document["nmae"] = "Typo"
        #expect(throws: SigningError.cannotCanonicalize(.undefinedTerm("the property “nmae” is not defined by the document's contexts and would be dropped"))) {
            try Self.signed(.object(document))
        }
    }

    /// RDFC-1.0's negative test 074 (a clique of ten alike blank nodes) as a credential's subjects.
    @Test func aPoisonedCredentialFailsAtCanonicalization() throws {
        let nodes = (0..<10).map { "_:e\($0)" }
        let subjects: [JSON] = nodes.map { node in
            ["@id": .string(node), "http://example.com/p": .array(nodes.map { ["@id": .string($0)] })]
        }
        var document = Self.credential.objectValue!
        document["credentialSubject"] = .array(subjects)
        document["proof"] = [
            "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod",
            "verificationMethod": .string(Self.method.id), "proofValue": .string(Multibase.encode([UInt8](repeating: 1, count: 64))),
        ]
        let result = try Self.only(.object(document))
        #expect(result.verdict == .invalid)
        guard case .canonicalization(.tooComplex) = result.failure else { Issue.record("\(result)"); return }
        #expect(result.description.contains("too alike and interlinked to canonicalize"))
    }

    @Test func aSecondSignatureMakesAProofSetWhoseProofsBothVerify() throws {
        let other = try Ed25519PrivateKey(seed: Array(repeating: 9, count: 32))
        let twice = try Self.signed(Self.signed(), by: other)
        let results = ProofVerifier().verify(twice)
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.isValid }, "\(results)")
        #expect(results.map(\.verificationMethod?.publicKey) == [Self.key.publicKey, other.publicKey])
    }

    @Test func aDocumentWithoutProofHasNoResults() {
        #expect(ProofVerifier().verify(Self.credential).isEmpty)
    }
}
