@testable import CairnApp
import CairnCore
import CairnCredentials
@testable import CairnStore
import Foundation
import Testing

/// Issuing on *earned*: the credential is signed in the decision's transaction, verifies, validates
/// against the OB 3.0 schema, and any change to it breaks it.
@Suite struct IssuingTests {
    @Test func anEarnedDecisionIssuesACredentialThatVerifiesAndPassesTheSchema() throws {
        try RiverbendWorld.with { world in
            let decided = try world.decide(try world.submission(), at: "demonstrated")
            let credential = try #require(decided.credential)
            let award = try #require(decided.award)
            #expect(credential.awardID == award.id && credential.educatorID == award.educatorID && credential.status == .active)
            #expect(try world.store.credentials.credentials(forAward: award.id).map(\.id) == [credential.id])

            let report = world.credentials.verifier.verify(Array(credential.document.utf8))
            #expect(report.verdict == .valid, "\(report.checks.map { "\($0.check): \($0.status) \($0.reason)" })")
            for check in [VerificationCheck.structure, .credentialSchema, .jsonLD, .proof, .issuerKey, .validityPeriod, .status] {
                #expect(report[check]?.status == .passed, "\(check): \(report[check]?.reason ?? "not run")")
            }
        }
    }

    @Test func theCredentialCarriesTheAchievementTheResultsAndAHashedAddress() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "exemplary").credential)
            let json = try JSON(parsing: credential.document)
            #expect(json["type"] == ["VerifiableCredential", "OpenBadgeCredential"])
            #expect(json["issuer"]?["id"]?.stringValue?.hasPrefix("did:key:z6Mk") == true)
            #expect(json["issuer"]?["name"]?.stringValue == world.riverbend.name)
            let subject = try #require(json["credentialSubject"])
            let achievement = try #require(subject["achievement"])
            #expect(achievement["achievementType"] == "MicroCredential")
            #expect(achievement["id"]?.stringValue?.hasSuffix("/o/riverbend/microcredentials/reflective-practice/versions/1") == true)
            #expect(subject["result"]?.arrayValue?.count == 1)
            #expect(subject["result"]?[0]?["achievedLevel"]?.stringValue?.hasSuffix("#criterion-c1-level-exemplary") == true)
            #expect(subject["creditsEarned"] == .number(1))
            let email = try world.member("educator@riverbend.example").person.email.rawValue
            let identifiers = subject["identifier"]?.arrayValue ?? []
            let hashed = try #require(identifiers.first { $0["identityType"] == "emailAddress" })
            let salt = try #require(hashed["salt"]?.stringValue)
            #expect(hashed["identityHash"]?.stringValue == "sha256$" + Crypto.sha256Hex(email + salt))
            #expect(!credential.document.contains(email), "the address itself is never in the credential")
            #expect(identifiers.contains { $0["identityType"] == "name" })
            #expect(json["evidence"] == nil, "no evidence is public unless the educator chose it")
            #expect(json["proof"]?.arrayValue?.count == 1)
        }
    }

    @Test func notYetAndPilotAttemptsIssueNothing() throws {
        try RiverbendWorld.with { world in
            let decided = try world.decide(try world.submission(), at: "approaching")
            #expect(decided.credential == nil)
            #expect(try world.rows(in: "credentials") == 0)
        }
    }

    /// A signer that always fails, to show that issuing is all or nothing.
    struct FailingSigner: CredentialSigning {
        func sign(_ document: JSON, key: Ed25519PrivateKey, verificationMethod: String, created: Date) throws -> JSON {
            throw CredentialError.cannotSign("the signing step was made to fail")
        }
    }

    @Test func aFailureAtSigningLeavesNoDecisionNoAwardAndNoCredential() throws {
        try RiverbendWorld.with(signer: FailingSigner()) { world in
            let submission = try world.submission()
            #expect(throws: CredentialError.cannotSign("the signing step was made to fail")) {
                try world.decide(submission, at: "demonstrated")
            }
            #expect(try world.rows(in: "awards") == 0)
            #expect(try world.rows(in: "reviews") == 0)
            #expect(try world.rows(in: "credentials") == 0)
            #expect(try world.rows(in: "notifications") == 0)
            let after = try world.store.submissions.find(submission.id, in: world.riverbend.id)
            #expect(after.activeClaim(at: Date()) != nil, "the assessor still holds the claim and can decide again")
        }
    }

    @Test(arguments: Tamper.allCases)
    func everySingleFieldTamperFailsWithTheRightCheck(_ tamper: Tamper) throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let changed = tamper.apply(to: try JSON(parsing: credential.document))
            let report = world.credentials.verifier.verify(Array(changed.serialized.utf8))
            #expect(report.verdict == .invalid)
            for check in tamper.failingChecks {
                #expect(report[check]?.status == .failed, "\(check): \(report.checks.map { "\($0.check): \($0.status) \($0.reason)" })")
            }
        }
    }

    /// One change to a signed credential, and the check that must catch it.
    enum Tamper: CaseIterable, Sendable {
        case name, level, validFrom, issuer, proofValue, earnerName

        func apply(to credential: JSON) -> JSON {
            switch self {
            case .name: return credential.setting(["name"], to: "Reflective practice (with distinction)")
            case .level:
                let result = credential["credentialSubject"]?["result"]?[0]?["achievedLevel"]?.stringValue ?? ""
                return credential.setting(["credentialSubject", "result", "0", "achievedLevel"],
                                          to: .string(result.replacingOccurrences(of: "demonstrated", with: "exemplary")))
            case .validFrom: return credential.setting(["validFrom"], to: "2020-01-01T00:00:00Z")
            case .issuer: return credential.setting(["issuer", "id"], to: "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
            case .proofValue:
                let value = credential["proof"]?[0]?["proofValue"]?.stringValue ?? ""
                let flipped = String(value.prefix(10)) + (value.dropFirst(10).first == "A" ? "B" : "A") + String(value.dropFirst(11))
                return credential.setting(["proof", "0", "proofValue"], to: .string(flipped))
            case .earnerName: return credential.setting(["credentialSubject", "identifier", "1", "identityHash"], to: "Someone Else")
            }
        }

        /// The checks that fail: the proof, for any change (the issuer's key is then not looked at).
        var failingChecks: [VerificationCheck] { [.proof] }
    }
}

extension JSON {
    /// The value with the member at `path` (object keys, or array indexes as numbers) replaced.
    func setting(_ path: [String], to value: JSON) -> JSON {
        guard let first = path.first else { return value }
        switch self {
        case .object(var members):
            members[first] = (members[first] ?? .null).setting(Array(path.dropFirst()), to: value)
            return .object(members)
        case .array(var items):
            guard let index = Int(first), items.indices.contains(index) else { return self }
            items[index] = items[index].setting(Array(path.dropFirst()), to: value)
            return .array(items)
        default:
            return self
        }
    }

    subscript(index: Int) -> JSON? { arrayValue.flatMap { $0.indices.contains(index) ? $0[index] : nil } }
}
