import Testing
@testable import CairnCredentials

@Suite struct SafeModeTests {
    static let context: JSON = ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]

    @Test func aPropertyTheContextsDoNotDefineIsRefusedInSafeMode() throws {
        let document: JSON = ["@context": Self.context, "id": "urn:uuid:1", "type": "Achievement", "nmae": "Typo"]
        #expect(try JSONLD.expand(document).first?.objectValue?.keys.contains { $0.hasSuffix("nmae") } == false)
        #expect(throws: JSONLDError(.undefinedTerm, "the property “nmae” is not defined by the document's contexts and would be dropped")) {
            try JSONLD.expand(document, options: JSONLD.Options(safeMode: true))
        }
    }

    @Test func aTypeTheContextsDoNotDefineIsRefusedInSafeMode() {
        let document: JSON = ["@context": Self.context, "id": "urn:uuid:1", "type": ["Achievement", "1EdTechJsonSchemaValidator2019"]]
        #expect(throws: JSONLDError(.undefinedTerm, "the type “1EdTechJsonSchemaValidator2019” is not defined by the document's contexts")) {
            try JSONLD.expand(document, options: JSONLD.Options(safeMode: true))
        }
    }

    @Test func aCredentialWhoseTermsAreAllDefinedPassesSafeMode() throws {
        let document: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                         "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"],
            "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"], "name": "Teamwork",
            "credentialSchema": [["id": "https://example.org/schema.json", "type": "1EdTechJsonSchemaValidator2019"]],
        ]
        let expanded = try JSONLD.expand(document, options: JSONLD.Options(safeMode: true))
        #expect(expanded.first?["https://www.w3.org/2018/credentials#credentialSchema"]?.arrayValue?.count == 1)
    }
}
