import Foundation
import Testing
@testable import CairnCredentials

/// Embedded credentials are verified in turn and their reports nested: a CLR's credentials, and
/// endorsements wherever they sit (on the credential, its issuer, its achievement).
@Suite struct VerifierEmbeddedTests {
    static let endorserKey = try! Ed25519PrivateKey(seed: Array(repeating: 44, count: 32))

    /// A CLR 2.0 holding `credentials`, issued by the test issuer and signed.
    static func clr(holding credentials: [JSON]) throws -> JSON {
        let clr = try TestVectors.json("vectors/pyld-crosscheck/clr-v2-embedded.json")
            .setting("/issuer/id", to: .string(VerifierFixtures.issuer))
            .setting("/credentialSubject/verifiableCredential", to: .array(credentials))
        return try VerifierFixtures.signed(clr)
    }

    /// An endorsement of the rubric credential's achievement, signed by the endorser.
    static func endorsement() throws -> JSON {
        let endorser = DIDKey.did(for: endorserKey.publicKey)!
        let endorsement: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:6c0e2f5a-endorsement",
            "type": ["VerifiableCredential", "EndorsementCredential"],
            "name": "State board endorsement",
            "issuer": ["id": .string(endorser), "type": ["Profile"], "name": "State board"],
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": ["id": "https://d.example/a/1", "type": ["EndorsementSubject"], "endorsementComment": "Aligned with the state standard."],
        ]
        return try VerifierFixtures.signed(endorsement, by: endorserKey)
    }

    @Test func aCLRAndTheCredentialItHoldsAreBothValid() throws {
        let report = VerifierFixtures.report(try Self.clr(holding: [try VerifierFixtures.signed()]))
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
        #expect(report[.structure]?.reason == "A CLR 2.0 credential with the fields the data model requires")
        let embedded = try #require(report[.embeddedCredentials])
        #expect(embedded.reason == "1 embedded credential, all valid")
        #expect(embedded.embedded.map(\.verdict) == [.valid])
    }

    @Test func aCLRHoldingATamperedCredentialIsInvalidAndItsNestedReportSaysWhere() throws {
        let second = VerifierFixtures.unsigned.setting("/id", to: "urn:uuid:7d41c0b2").setting("/credentialSubject/achievement/id", to: "https://d.example/a/2")
        let tampered = try VerifierFixtures.signed(second).setting("/credentialSubject/achievement/name", to: "Mastery")
        let report = VerifierFixtures.report(try Self.clr(holding: [try VerifierFixtures.signed(), tampered]))
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == .embeddedCredentials)
        #expect(report.firstFailure?.reason == "1 of 2 embedded credentials is invalid")
        let nested = try #require(report.firstFailure?.embedded.last)
        #expect(nested.firstFailure?.check == .proof)
        #expect(report.json["checks"]?.asList.last?["embedded"]?.asList.count == 2)
    }

    @Test func aCLRWithoutCredentialsFailsAtTheStructure() throws {
        let report = VerifierFixtures.report(try Self.clr(holding: []))
        #expect(report.firstFailure?.check == .structure)
        #expect(report.firstFailure?.reason == "as a CLR 2.0 credential, the subject has no “verifiableCredential”: a CLR holds at least one credential")
    }

    @Test func anEndorsementOfTheAchievementIsVerifiedInTurn() throws {
        let document = VerifierFixtures.unsigned.setting("/credentialSubject/achievement/endorsement", to: [try Self.endorsement()])
        let report = VerifierFixtures.report(try VerifierFixtures.signed(document))
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
        let nested = try #require(report[.embeddedCredentials]?.embedded.first)
        #expect(nested[.structure]?.reason == "An Open Badges 3.0 endorsement with the fields the data model requires")
        #expect(nested[.issuerKey]?.status == .passed)
    }

    @Test func aForgedEndorsementMakesTheCredentialInvalid() throws {
        let forged = try Self.endorsement().setting("/credentialSubject/endorsementComment", to: "Best in the state.")
        let document = VerifierFixtures.unsigned.setting("/endorsement", to: [forged])
        let report = VerifierFixtures.report(try VerifierFixtures.signed(document))
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == .embeddedCredentials)
        #expect(report.firstFailure?.embedded.first?.firstFailure?.check == .proof)
    }
}
