import Foundation
import Testing
@testable import CairnCredentials

/// The verifier on credentials issued elsewhere and on copies signed here with one thing wrong: valid ones
/// are valid with every check in order; each broken copy fails first at the check it concerns, with its reason.
@Suite struct CredentialVerifierTests {
    static let issuedElsewhere = [
        "v2-bothSignatureTypes-didkey-legacy-noStatus-noExpiry.json",
        "v1-bothSignatureTypes-didKey-legacy-noStatus-noExpiry-basicOBv3.json",
        "v2-dataIntegrityProof-didKey-legacyRegistry-noStatus-noExpiry-basicOBv3.json",
    ]

    @Test(arguments: issuedElsewhere)
    func aCredentialOfTheDigitalCredentialsConsortiumIsValid(_ file: String) throws {
        let bytes = try Array(TestVectors.text("vectors/dcc-fixtures/" + file).utf8)
        let report = CredentialVerifier().verify(bytes, at: VerifierFixtures.now)
        #expect(report.verdict == .valid, "\(report.checks)")
        #expect(report.checks.map(\.check) == VerificationCheck.allCases)
        #expect(report[.proof]?.status == .passed)
        #expect(report[.issuerKey]?.status == .passed)
    }

    @Test func theConsortiumsTamperedCredentialFailsAtTheProof() throws {
        let bytes = try Array(TestVectors.text("vectors/dcc-fixtures/v2-ed25519-didKey-legacy-noStatus-noExpiry-tampered.json").utf8)
        let report = CredentialVerifier().verify(bytes, at: VerifierFixtures.now)
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == .proof)
        #expect(report.firstFailure?.reason.contains("the document or its proof was changed after signing") == true)
    }

    @Test func theCompleteOpenBadgeExampleOf1EdTechIsWellFormedButUnsigned() throws {
        let report = VerifierFixtures.report(try TestVectors.json("vectors/ob-v3p0-schema-examples/complete-openbadgecredential.json"))
        for check in [VerificationCheck.context, .structure, .credentialSchema, .jsonLD, .validityPeriod] {
            #expect(report[check]?.status == .passed, "\(check): \(report[check]!.reason)")
        }
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == .proof)
        #expect(report[.proof]?.reason == "the credential has no proof, so nothing shows who issued it or that it is unchanged")
        #expect(report[.status]?.status == .inconclusive)
        #expect(report[.status]?.reason == "the revocation list https://1edtech.edu/credentials/3732/revocations was not fetched: the check is offline")
        #expect(report[.embeddedCredentials]?.embedded.count == 5)
    }

    @Test func theCLRExampleOf1EdTechIsWellFormedButUnsignedAndItsSchemaIsLeftToTheStructureCheck() throws {
        let report = VerifierFixtures.report(try TestVectors.json("vectors/ob-v3p0-examples/clrv2p0-credential.json"))
        for check in [VerificationCheck.context, .structure, .jsonLD, .validityPeriod] {
            #expect(report[check]?.status == .passed, "\(check): \(report[check]!.reason)")
        }
        #expect(report[.credentialSchema]?.status == .warning)
        #expect(report[.credentialSchema]?.reason.contains("is not bundled; the structure check covered its required fields in code") == true)
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == .proof)
        #expect(report[.embeddedCredentials]?.embedded.count == 1)
    }

    @Test func aCredentialSignedHereIsValidAndSaysWhy() throws {
        let report = VerifierFixtures.report(try VerifierFixtures.signed())
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
        #expect(report.format == "JSON")
        #expect(report[.context]?.reason == "3 contexts, all known")
        #expect(report[.structure]?.reason == "An Open Badges 3.0 credential with the fields the data model requires")
        #expect(report[.credentialSchema]?.status == .passed)
        #expect(report[.issuerKey]?.reason == "the signing key is the issuer's: \(VerifierFixtures.issuer) controls \(VerifierFixtures.method)")
        #expect(report[.validityPeriod]?.reason == "valid since 2026-01-01T00:00:00Z, with no end")
        #expect(report[.status]?.status == .notApplicable)
    }

    /// A copy of the signed credential with one thing wrong, the check it must fail first, and a part of its reason.
    struct Broken: CustomTestStringConvertible, Sendable {
        let id: String
        let check: VerificationCheck
        let reason: String
        let make: @Sendable () throws -> JSON
        var testDescription: String { id }
    }

    static let broken: [Broken] = [
        Broken(id: "a name changed after signing", check: .proof, reason: "the document or its proof was changed after signing") {
            try VerifierFixtures.signed().setting("/credentialSubject/achievement/name", to: "Mastery")
        },
        Broken(id: "one byte of the proof changed", check: .proof, reason: "signature does not match") {
            let signed = try VerifierFixtures.signed()
            var value = signed["proof"]!.asList[0]["proofValue"]!.stringValue!
            let last = value.removeLast()
            value.append(last == "a" ? "b" : "a")
            return signed.setting("/proof/0/proofValue", to: .string(value))
        },
        Broken(id: "expired", check: .validityPeriod, reason: "the credential expired at 2026-03-01T00:00:00Z") {
            try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/validUntil", to: "2026-03-01T00:00:00Z"))
        },
        Broken(id: "not yet valid", check: .validityPeriod, reason: "the credential is not valid before 2027-01-01T00:00:00Z") {
            try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/validFrom", to: "2027-01-01T00:00:00Z"))
        },
        Broken(id: "a context that is not bundled", check: .context,
               reason: "https://example.org/badges/context.json is not one of the contexts bundled with Cairn") {
            try VerifierFixtures.signed().setting("/@context/1", to: "https://example.org/badges/context.json")
        },
        Broken(id: "VC 2.0 not first", check: .context, reason: "the first @context must be https://www.w3.org/ns/credentials/v2") {
            try VerifierFixtures.signed().setting("/@context", to: [
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
            ])
        },
        Broken(id: "1EdTech's types without extensions.json", check: .context,
               reason: "the credential uses 1EdTechJsonSchemaValidator2019, which only https://purl.imsglobal.org/spec/ob/v3p0/extensions.json defines") {
            try VerifierFixtures.signed().setting("/@context/2", to: nil)
        },
        Broken(id: "an undefined term", check: .jsonLD, reason: "the property “favouriteColour” is not defined by the document's contexts") {
            try VerifierFixtures.signed().setting("/credentialSubject/favouriteColour", to: "blue")
        },
        Broken(id: "a term only an @vocab catches", check: .jsonLD,
               reason: "“house” is defined only by an @vocab (https://school.example/terms#), not by a published term") {
            let contexts = VerifierFixtures.unsigned["@context"]!.asList + [["@vocab": "https://school.example/terms#"]]
            return try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/@context", to: .array(contexts))
                .setting("/credentialSubject/house", to: "Hufflepuff"))
        },
        Broken(id: "no criteria", check: .structure, reason: "as an Open Badges 3.0 credential, the achievement has no “criteria”") {
            try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/credentialSubject/achievement/criteria", to: nil))
        },
        Broken(id: "a subject with neither id nor identifier", check: .structure,
               reason: "the subject has neither an “id” nor an “identifier”") {
            try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/credentialSubject/id", to: nil))
        },
        Broken(id: "an issuer that is not a Profile", check: .structure, reason: "the issuer's type does not include Profile") {
            try VerifierFixtures.signed().setting("/issuer/type", to: ["Organization"])
        },
        Broken(id: "no OpenBadgeCredential type", check: .structure, reason: "the type must include VerifiableCredential and one of") {
            try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/type", to: ["VerifiableCredential"]))
        },
        Broken(id: "a date without a zone", check: .structure, reason: "“validFrom” is not a date and time with a zone") {
            try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/validFrom", to: "2026-01-01T00:00:00"))
        },
        Broken(id: "a name that is not a string", check: .credentialSchema, reason: "does not conform to https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json") {
            try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/name", to: 7))
        },
        Broken(id: "signed by a key the issuer does not control", check: .issuerKey, reason: "not by the issuer \(VerifierFixtures.issuer)") {
            try VerifierFixtures.signed(by: try Ed25519PrivateKey(seed: Array(repeating: 43, count: 32)))
        },
        Broken(id: "no proof", check: .proof, reason: "the credential has no proof") { VerifierFixtures.unsigned },
    ]

    @Test(arguments: broken)
    func aBrokenCopyFailsFirstAtTheCheckItConcerns(_ case_: Broken) throws {
        let report = VerifierFixtures.report(try case_.make())
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == case_.check, "\(report.checks.filter { $0.status == .failed })")
        #expect(report.firstFailure?.reason.contains(case_.reason) == true, "\(report.firstFailure?.reason ?? "")")
    }

    @Test func anUnsupportedCryptosuiteIsInconclusiveNeverValid() throws {
        let document = try VerifierFixtures.signed().setting("/proof/0/cryptosuite", to: "bbs-2023")
        let report = VerifierFixtures.report(document)
        #expect(report.verdict == .inconclusive)
        #expect(report[.proof]?.status == .inconclusive)
        #expect(report[.proof]?.reason.contains("Cairn does not check the “bbs-2023” cryptosuite proofs") == true)
    }

    @Test func aDIDWebKeyOfflineIsInconclusive() throws {
        let document = try VerifierFixtures.signed().setting("/proof/0/verificationMethod", to: "did:web:district.example#key-1")
            .setting("/issuer/id", to: "did:web:district.example")
        let report = VerifierFixtures.report(document)
        #expect(report.verdict == .inconclusive)
        #expect(report[.proof]?.reason.contains("fetching is not allowed") == true)
    }

    @Test func aSingleProofObjectIsOnlyAWarningOfTheSchema() throws {
        let signed = try VerifierFixtures.signed()
        let report = VerifierFixtures.report(signed.setting("/proof", to: signed["proof"]!.asList[0]))
        #expect(report.verdict == .valid)
        #expect(report[.credentialSchema]?.status == .warning)
        #expect(report[.credentialSchema]?.reason.contains("but for /proof, a single value where the plain JSON schema wants an array") == true)
    }

    @Test func theReportAsJSONListsEveryCheckInOrder() throws {
        let json = VerifierFixtures.report(try VerifierFixtures.signed()).json
        #expect(json["verdict"] == "valid")
        #expect(json["format"] == "JSON")
        #expect(json["checks"]?.asList.compactMap { $0["check"]?.stringValue } == VerificationCheck.allCases.map(\.rawValue))
        #expect(json["checks"]?.asList[0]["reason"] == "read as JSON")
    }
}
