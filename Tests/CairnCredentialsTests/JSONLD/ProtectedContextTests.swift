import Testing
@testable import CairnCredentials

/// Two contexts defining one protected term: the same definition is accepted, a different one refused.
@Suite struct ProtectedContextTests {
    @Test func dataIntegrityV1AfterCredentialsV2IsRefusedForRedefiningAProtectedTerm() {
        let document: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/security/data-integrity/v1"],
            "type": "VerifiableCredential",
        ]
        do {
            _ = try JSONLD.expand(document)
            Issue.record("expansion should have failed")
        } catch {
            #expect(error.code == .protectedTermRedefinition)
            #expect(error.reason.contains("DataIntegrityProof"))
        }
    }

    @Test func dataIntegrityV2AfterCredentialsV2IsAccepted() throws {
        let document: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/security/data-integrity/v2"],
            "id": "urn:uuid:1", "type": "VerifiableCredential",
        ]
        let expanded = try JSONLD.expand(document)
        #expect(expanded.first?["@type"] == ["https://www.w3.org/2018/credentials#VerifiableCredential"])
    }
}
