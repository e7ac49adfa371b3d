import Testing
import CairnCredentials

/// A broken copy of 1EdTech's complete OpenBadgeCredential example and the violation it must cause.
struct BrokenCredential: CustomTestStringConvertible, Sendable {
    let id: String
    let pointer: String
    let value: JSON?
    let path: String
    let keyword: String
    var testDescription: String { id }
}

@Suite struct JSONSchemaTests {
    static let complete = "vectors/ob-v3p0-schema-examples/complete-openbadgecredential.json"
    static let achievementSchema = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json"
    static let endorsementSchema = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential-jsonschema1.json"

    @Test func everyBundledSchemaCompiles() throws {
        #expect(SchemaLoader.bundledURLs.count == 7)
        for url in SchemaLoader.bundledURLs {
            let schema = try SchemaLoader.bundledOnly.schema(at: url)
            #expect(schema.id != nil, "\(url)")
        }
    }

    @Test(arguments: [
        "vectors/ob-v3p0-schema-examples/complete-openbadgecredential.json",
        "vectors/ob-v3p0-schema-examples/basic-openbadgecredential.json",
        "vectors/pyld-crosscheck/ob-v2-rubric.json",
        "vectors/pyld-crosscheck/ob-v2-status-evidence.json",
    ])
    func theOpenBadgesExamplesConformToTheAchievementCredentialSchema(_ file: String) throws {
        let schema = try SchemaLoader.bundledOnly.schema(at: Self.achievementSchema)
        #expect(schema.violations(of: try TestVectors.json(file)) == [])
    }

    @Test func theEndorsementsInsideTheCompleteExampleConformToTheEndorsementSchema() throws {
        let credential = try TestVectors.json(Self.complete)
        let endorsements = (credential["endorsement"]?.asList ?? [])
            + (credential["issuer"]?["endorsement"]?.asList ?? [])
            + (credential["credentialSubject"]?["achievement"]?["endorsement"]?.asList ?? [])
            + (credential["credentialSubject"]?["achievement"]?["creator"]?["endorsement"]?.asList ?? [])
        #expect(endorsements.count == 5)
        let schema = try SchemaLoader.bundledOnly.schema(at: Self.endorsementSchema)
        for endorsement in endorsements { #expect(schema.violations(of: endorsement) == []) }
    }

    @Test func aCredentialFromAnOlderGuideIsRefusedForItsContextURL() throws {
        // The implementation guide's example names its OB context by a URL the schema's pattern no longer admits.
        let schema = try SchemaLoader.bundledOnly.schema(at: Self.achievementSchema)
        let violations = schema.violations(of: try TestVectors.json("vectors/ob-v3p0-examples/obv3p0-credential.json"))
        #expect(violations.map(\.path) == ["/@context/1"])
        #expect(violations.map(\.keyword) == ["pattern"])
    }

    static let broken: [BrokenCredential] = [
        .init(id: "achievement without criteria", pointer: "/credentialSubject/achievement/criteria", value: nil,
              path: "/credentialSubject/achievement/criteria", keyword: "required"),
        .init(id: "no issuer", pointer: "/issuer", value: nil, path: "/issuer", keyword: "required"),
        .init(id: "issuer profile without id", pointer: "/issuer/id", value: nil, path: "/issuer/id", keyword: "required"),
        .init(id: "validFrom a number", pointer: "/validFrom", value: 2010, path: "/validFrom", keyword: "type"),
        .init(id: "achievement type a string", pointer: "/credentialSubject/achievement/type", value: "Achievement",
              path: "/credentialSubject/achievement/type", keyword: "type"),
        .init(id: "creditsEarned a string", pointer: "/credentialSubject/creditsEarned", value: "42",
              path: "/credentialSubject/creditsEarned", keyword: "type"),
        .init(id: "image type not Image", pointer: "/image/type", value: "Picture", path: "/image/type", keyword: "enum"),
        .init(id: "first context not VC 2.0", pointer: "/@context/0", value: "https://www.w3.org/2018/credentials/v1",
              path: "/@context/0", keyword: "enum"),
        .init(id: "identityType outside the enumeration", pointer: "/credentialSubject/identifier/0/identityType",
              value: "email", path: "/credentialSubject/identifier/0/identityType", keyword: "oneOf"),
        .init(id: "achievementType outside the enumeration", pointer: "/credentialSubject/achievement/achievementType",
              value: "Trophy", path: "/credentialSubject/achievement/achievementType", keyword: "oneOf"),
        .init(id: "validFrom an impossible date", pointer: "/validFrom", value: "2010-02-30T00:00:00Z", path: "/validFrom", keyword: "format"),
        .init(id: "validFrom without a zone", pointer: "/validFrom", value: "2010-01-01T00:00:00", path: "/validFrom", keyword: "format"),
        .init(id: "activityStartDate a date only", pointer: "/credentialSubject/activityStartDate", value: "2010-01-01",
              path: "/credentialSubject/activityStartDate", keyword: "format"),
        .init(id: "unknown property on an image", pointer: "/image/url", value: "https://1edtech.edu/x.png",
              path: "/image/url", keyword: "additionalProperties"),
        .init(id: "unknown property on an identity object", pointer: "/credentialSubject/identifier/1/email",
              value: "somebody@gmail.com", path: "/credentialSubject/identifier/1/email", keyword: "additionalProperties"),
        .init(id: "OB context URL of no published form", pointer: "/@context/1",
              value: "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld", path: "/@context/1", keyword: "pattern"),
        .init(id: "an endorsement JWT that is not a compact JWS", pointer: "/endorsementJwt", value: ["not a JWS"],
              path: "/endorsementJwt/0", keyword: "pattern"),
        .init(id: "type without OpenBadgeCredential", pointer: "/type", value: ["VerifiableCredential"], path: "/type", keyword: "contains"),
        .init(id: "subject type without AchievementSubject", pointer: "/credentialSubject/type", value: ["Person"],
              path: "/credentialSubject/type", keyword: "contains"),
        .init(id: "only one context", pointer: "/@context", value: ["https://www.w3.org/ns/credentials/v2"],
              path: "/@context", keyword: "minItems"),
        .init(id: "a result without type, deep inside", pointer: "/credentialSubject/result/2/type", value: nil,
              path: "/credentialSubject/result/2/type", keyword: "required"),
        .init(id: "an endorsement's issuer without type", pointer: "/endorsement/0/issuer/type", value: nil,
              path: "/endorsement/0/issuer/type", keyword: "required"),
    ]

    @Test(arguments: broken)
    func aBrokenCopyOfTheCompleteExampleFailsWithItsPath(_ c: BrokenCredential) throws {
        let schema = try SchemaLoader.bundledOnly.schema(at: Self.achievementSchema)
        let credential = try TestVectors.json(Self.complete).setting(c.pointer, to: c.value)
        let violations = schema.violations(of: credential)
        #expect(violations.map(\.path) == [c.path], "\(violations)")
        #expect(violations.map(\.keyword) == [c.keyword], "\(violations)")
    }

    @Test func violationsSaySentencesAPersonUnderstands() throws {
        let schema = try SchemaLoader.bundledOnly.schema(at: Self.achievementSchema)
        let example = try TestVectors.json(Self.complete)
        func message(_ pointer: String, _ value: JSON?) -> String? {
            schema.violations(of: example.setting(pointer, to: value)).first?.description
        }
        #expect(message("/credentialSubject/achievement/criteria", nil)
                == #"/credentialSubject/achievement/criteria: "criteria" is required here but missing."#)
        #expect(message("/image/type", "Picture") == #"/image/type: must be "Image", but it is the string "Picture"."#)
        #expect(message("/validFrom", 2010) == "/validFrom: must be a string, but it is the number 2010.")
        #expect(message("/validFrom", "yesterday") == #"/validFrom: "yesterday" is not a date and time with its offset from UTC, "#
                + "as RFC 3339 writes them (for example 2010-01-01T00:00:00Z).")
        #expect(message("/image/url", "x") == #"/image/url: "url" is not allowed here; the properties allowed are: caption, id, type."#)
        #expect(message("/type", ["VerifiableCredential"])
                == #"/type: must include "AchievementCredential" or "OpenBadgeCredential"."#)
        #expect(message("/issuer", 7) == "/issuer: must be a string or an object, but it is the number 7.")
        let identity = message("/credentialSubject/identifier/0/identityType", "email") ?? ""
        #expect(identity.hasPrefix(#"/credentialSubject/identifier/0/identityType: matches none of the forms allowed here: must be one of "#))
        #expect(identity.hasSuffix(#"Or: "email" does not have the form required here (the pattern (ext:)[a-z|A-Z|0-9|.|-|_]+)."#))
    }

    @Test(arguments: [
        ("2010-01-01T00:00:00Z", true), ("2024-02-29T23:59:60.5+05:30", true), ("2010-01-01t00:00:00z", true),
        ("2023-02-29T00:00:00Z", false), ("2010-01-01T24:00:00Z", false), ("2010-01-01 00:00:00Z", false),
        ("2010-01-01T00:00:00.Z", false), ("2010-1-01T00:00:00Z", false), ("2010-01-01T00:00:00+0100", false),
    ])
    func dateTimesAreCheckedAsRFC3339WritesThem(_ text: String, _ valid: Bool) throws {
        let schema = try JSONSchema(["type": "string", "format": "date-time"])
        #expect(schema.accepts(.string(text)) == valid)
    }

    @Test func aSchemaWithAKeywordCairnDoesNotCheckIsRefused() {
        #expect(throws: JSONSchemaError.unsupportedKeyword("minLength", at: "/properties/name")) {
            try JSONSchema(["type": "object", "properties": ["name": ["type": "string", "minLength": 1]]])
        }
        #expect(throws: JSONSchemaError.unsupportedKeyword("if", at: "")) { try JSONSchema(["if": true, "then": false]) }
        #expect(throws: JSONSchemaError.unsupportedFormat("email", at: "")) { try JSONSchema(["format": "email"]) }
        #expect(throws: JSONSchemaError.unsupportedDraft("http://json-schema.org/draft-07/schema#")) {
            try JSONSchema(["$schema": "http://json-schema.org/draft-07/schema#"])
        }
        #expect(throws: JSONSchemaError.unresolvableReference("https://example.org/other.json", at: "/items")) {
            try JSONSchema(["items": ["$ref": "https://example.org/other.json"]])
        }
        #expect(throws: JSONSchemaError.unresolvableReference("#/$defs/Missing", at: "")) { try JSONSchema(["$ref": "#/$defs/Missing"]) }
        #expect(throws: JSONSchemaError.notASchema(at: "/properties/a")) { try JSONSchema(["properties": ["a": 3]]) }
        let error = JSONSchemaError.unsupportedKeyword("minLength", at: "/properties/name")
        #expect("\(error)".hasPrefix("the schema uses “minLength” at /properties/name, a keyword Cairn does not check"))
    }

    @Test func oneOfFailsWhenMoreThanOneAlternativeMatches() throws {
        let schema = try JSONSchema(["oneOf": [["type": "string"], ["pattern": "^a"]]])
        #expect(schema.accepts(3))
        #expect(schema.violations(of: "abc").map(\.keyword) == ["oneOf"])
    }

    @Test func referencesMayBeRecursive() throws {
        let schema = try JSONSchema([
            "$ref": "#/$defs/Node",
            "$defs": ["Node": ["type": "object", "required": ["name"], "properties": ["child": ["$ref": "#/$defs/Node"]]]],
        ])
        #expect(schema.accepts(["name": "a", "child": ["name": "b", "child": ["name": "c"]]]))
        #expect(schema.violations(of: ["name": "a", "child": ["child": ["name": "c"]]]).map(\.path) == ["/child/name"])
    }

    @Test func endorsementsNestedThousandsDeepAreRefusedWithoutExhaustingTheStack() throws {
        // Given a credential whose issuer is endorsed by a credential whose issuer is endorsed by … 5,000 times
        let schema = try SchemaLoader.bundledOnly.schema(at: Self.achievementSchema)
        let example = try TestVectors.json(Self.complete)
        var issuer: JSON = ["id": "https://example.org/issuer", "type": ["Profile"]]
        for _ in 0..<5_000 {
            let endorsement = example["endorsement"]!.asList[0].setting("/issuer", to: issuer)
            issuer = ["id": "https://example.org/issuer", "type": ["Profile"], "endorsement": [endorsement]]
        }
        // When it is validated, then the depth is refused where it runs out
        let violations = schema.violations(of: example.setting("/issuer", to: issuer))
        let deep = violations.filter { $0.keyword == "depth" }
        #expect(!deep.isEmpty)
        #expect(deep.allSatisfy { $0.path.hasPrefix("/issuer/endorsement/0/issuer/endorsement/0/") })
    }
}
