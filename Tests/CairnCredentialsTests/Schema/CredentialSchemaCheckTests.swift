import Testing
import CairnCredentials

@Suite struct CredentialSchemaCheckTests {
    static let complete = "vectors/ob-v3p0-schema-examples/complete-openbadgecredential.json"
    static let published = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"

    @Test func theCompleteExampleConformsToTheSchemaItNames() throws {
        let results = CredentialSchemaCheck().check(try TestVectors.json(Self.complete))
        #expect(results == [CredentialSchemaResult(id: Self.published, type: "1EdTechJsonSchemaValidator2019", outcome: .conforms)])
    }

    @Test func anEntryNamingABundledSchemaByItsIDValidatesAgainstIt() throws {
        let credential = try TestVectors.json(Self.complete)
            .setting("/credentialSchema/0/id", to: "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json")
            .setting("/credentialSubject/achievement/criteria", to: nil)
        let outcome = try #require(CredentialSchemaCheck().check(credential).first).outcome
        guard case .violations(let violations) = outcome else { Issue.record("expected violations, got \(outcome)"); return }
        #expect(violations.map(\.path) == ["/credentialSubject/achievement/criteria"])
    }

    @Test func anyOtherSchemaURLIsRefusedWithoutALoader() throws {
        let credential = try TestVectors.json(Self.complete)
        let endorsement = try #require(credential["endorsement"]?.asList.first)
        let results = CredentialSchemaCheck().check(endorsement)
        #expect(results.map(\.outcome) == [
            .conforms,
            .unavailable(.notBundled("https://accrediter.edu/schema/endorsementcredential.json")),
        ])
        #expect("\(SchemaLoaderError.notBundled("https://accrediter.edu/schema/endorsementcredential.json"))"
                == "https://accrediter.edu/schema/endorsementcredential.json is not one of the JSON Schemas bundled with Cairn, "
                + "and nothing else may be fetched")
    }

    @Test func theCallersLoaderServesOtherSchemas() throws {
        let loader = SchemaLoader { url throws(SchemaLoaderError) in
            guard url == "https://accrediter.edu/schema/endorsementcredential.json" else { throw .unreadable(url, reason: "not found") }
            return ["type": "object", "required": ["name", "awardedDate"]]
        }
        let endorsement = try #require(try TestVectors.json(Self.complete)["endorsement"]?.asList.first)
        let results = CredentialSchemaCheck(loader: loader).check(endorsement)
        #expect(results.last?.outcome == .violations([
            JSONSchemaViolation(path: "/awardedDate", message: #""awardedDate" is required here but missing."#, keyword: "required"),
        ]))
    }

    @Test func aSchemaFromTheLoaderWithAnUnknownKeywordIsRefusedNotPassed() throws {
        let loader = SchemaLoader { _ throws(SchemaLoaderError) in ["type": "object", "dependentRequired": ["a": ["b"]]] }
        let credential: JSON = ["credentialSchema": [["id": "https://example.org/s.json", "type": "1EdTechJsonSchemaValidator2019"]]]
        #expect(CredentialSchemaCheck(loader: loader).check(credential).map(\.outcome) == [
            .unavailable(.invalidSchema("https://example.org/s.json", .unsupportedKeyword("dependentRequired", at: ""))),
        ])
    }

    @Test func entriesOfOtherTypesAndMalformedEntriesAreNotChecked() {
        let credential: JSON = ["credentialSchema": [
            ["id": "https://example.org/s.json", "type": "JsonSchemaValidator2018"],
            ["type": "1EdTechJsonSchemaValidator2019"],
        ]]
        let outcomes = CredentialSchemaCheck().check(credential).map(\.outcome)
        #expect(outcomes.count == 2)
        if case .notChecked = outcomes[0] {} else { Issue.record("expected notChecked, got \(outcomes[0])") }
        if case .malformed = outcomes[1] {} else { Issue.record("expected malformed, got \(outcomes[1])") }
        #expect(CredentialSchemaCheck().check(["name": "no schema"]) == [])
    }
}
