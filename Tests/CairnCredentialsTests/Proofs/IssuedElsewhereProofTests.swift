import Testing
@testable import CairnCredentials

/// Open Badges 3.0 credentials signed by the Digital Credentials Consortium's issuer (Digital Bazaar's
/// libraries), on VC 2.0 and VC 1.1, with eddsa-rdfc-2022 and Ed25519Signature2020 proofs: every proof
/// verifies, and every proof fails once the achievement's name is changed.
@Suite struct IssuedElsewhereProofTests {
    static let files = [
        "v2-bothSignatureTypes-didkey-legacy-noStatus-noExpiry.json",
        "v1-bothSignatureTypes-didKey-legacy-noStatus-noExpiry-basicOBv3.json",
        "v2-dataIntegrityProof-didKey-legacyRegistry-noStatus-noExpiry-basicOBv3.json",
    ]

    @Test(arguments: files)
    func everyProofVerifies(_ file: String) throws {
        let credential = try TestVectors.json("vectors/dcc-fixtures/" + file)
        let results = ProofVerifier().verify(credential)
        #expect(results.count == credential["proof"]?.asList.count)
        for result in results {
            #expect(result.isValid, "\(result)")
            #expect(result.verificationMethod?.controller == credential["issuer"]?["id"]?.stringValue)
        }
    }

    @Test(arguments: files)
    func everyProofFailsOnceTheAchievementIsRenamed(_ file: String) throws {
        guard case .object(var credential) = try TestVectors.json("vectors/dcc-fixtures/" + file),
              case .object(var subject)? = credential["credentialSubject"],
              case .object(var achievement)? = subject["achievement"] else { return }
        achievement["name"] = "Leadership"
        subject["achievement"] = .object(achievement)
        credential["credentialSubject"] = .object(subject)
        for result in ProofVerifier().verify(.object(credential)) {
            guard case .signatureMismatch = result.failure else { Issue.record("\(result)"); continue }
        }
    }

    @Test func theConsortiumsTamperedCredentialFailsAtTheSignature() throws {
        let credential = try TestVectors.json("vectors/dcc-fixtures/v2-ed25519-didKey-legacy-noStatus-noExpiry-tampered.json")
        let result = try #require(ProofVerifier().verify(credential).first)
        #expect(result.verdict == .invalid)
        guard case .signatureMismatch = result.failure else { Issue.record("\(result)"); return }
    }
}
