import Testing
@testable import CairnCredentials

@Suite struct ContextCacheTests {
    /// The bundled contexts through a loader that is not Cairn's own, so nothing is cached.
    struct UncachedLoader: DocumentLoading {
        func loadDocument(at url: String) throws(DocumentLoaderError) -> RemoteDocument {
            try DocumentLoader.bundledOnly.loadDocument(at: url)
        }
    }

    static let credential: JSON = [
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                     "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"],
        "id": "urn:uuid:2fe53dc9-b2ec-4939-9b2c-0d00f6663b6c",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Formative assessment",
        "issuer": ["id": "did:web:district.example", "type": ["Profile"], "name": "Example District"],
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSchema": [["id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                              "type": "1EdTechJsonSchemaValidator2019"]],
        "credentialSubject": [
            "type": ["AchievementSubject"],
            "achievement": ["id": "https://district.example/achievements/1", "type": ["Achievement"], "name": "Formative assessment",
                            "description": "Uses formative assessment.", "criteria": ["narrative": "Submit evidence."]],
            "result": [["type": ["Result"], "resultDescription": "urn:uuid:r1", "achievedLevel": "urn:uuid:l1"]],
        ],
        "proof": [["type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod",
                   "verificationMethod": "did:web:district.example#key-1", "created": "2026-01-01T00:00:00Z"]],
    ]

    @Test func aCredentialExpandsTheSameFromTheCacheAsWithout() throws {
        let uncached = try JSONLD.expand(Self.credential, options: JSONLD.Options(loader: UncachedLoader()))
        let first = try JSONLD.expand(Self.credential)
        let second = try JSONLD.expand(Self.credential)
        #expect(first == uncached)
        #expect(second == uncached)
    }

    @Test func aCredentialGivesTheSameCanonicalQuadsFromTheCacheAsWithout() throws {
        let uncached = try JSONLD.toRDF(Self.credential, options: JSONLD.Options(loader: UncachedLoader()))
        let cached = try JSONLD.toRDF(Self.credential)
        #expect(try RDFCanonicalizer.canonicalize(cached).nquads == RDFCanonicalizer.canonicalize(uncached).nquads)
        #expect(cached.count > 20)
    }
}
