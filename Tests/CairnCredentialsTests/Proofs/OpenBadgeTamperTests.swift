import Foundation
import Testing
@testable import CairnCredentials

/// An Open Badges 3.0 credential with six rubric results, signed with eddsa-rdfc-2022: each single-field
/// change fails at the step it concerns; reordering an array that JSON-LD reads as a set changes nothing
/// signed, so it stays valid.
@Suite struct OpenBadgeTamperTests {
    static let key = try! Ed25519PrivateKey(seed: Array(repeating: 21, count: 32))

    static let signed: JSON = {
        var credential = try! TestVectors.json("vectors/pyld-crosscheck/ob-v2-rubric.json").objectValue!
        credential["proof"] = nil
        let signer = DataIntegritySigner(key: key, verificationMethod: DIDKey.verificationMethod(for: key.publicKey)!.id)
        return try! signer.sign(.object(credential), created: Date(timeIntervalSince1970: 1_767_225_600))
    }()

    /// A step into a JSON value: an object member or an array item.
    enum Step { case member(String), item(Int) }

    /// `json` with the value at `path` replaced by what `change` makes of it.
    static func editing(_ json: JSON, _ path: ArraySlice<Step>, _ change: (JSON) -> JSON) -> JSON {
        guard let step = path.first else { return change(json) }
        switch (step, json) {
        case (.member(let name), .object(var members)):
            members[name] = editing(members[name] ?? .null, path.dropFirst(), change)
            return .object(members)
        case (.item(let index), .array(var items)):
            items[index] = editing(items[index], path.dropFirst(), change)
            return .array(items)
        default:
            return json
        }
    }

    struct Tamper: CustomTestStringConvertible, Sendable {
        let id: String
        let path: [Step]
        let change: @Sendable (JSON) -> JSON
        var testDescription: String { id }
    }

    static let signatureTampers = [
        Tamper(id: "achievement name", path: [.member("credentialSubject"), .member("achievement"), .member("name")]) { _ in "FB" },
        Tamper(id: "achieved rubric level", path: [.member("credentialSubject"), .member("result"), .item(0), .member("achievedLevel")]) { _ in "urn:uuid:l1" },
        Tamper(id: "rubric level name", path: [.member("credentialSubject"), .member("achievement"), .member("resultDescription"), .item(2),
                                               .member("rubricCriterionLevel"), .item(0), .member("name")]) { _ in "Exemplary" },
        Tamper(id: "validFrom", path: [.member("validFrom")]) { _ in "2025-12-31T00:00:00Z" },
        Tamper(id: "issuer", path: [.member("issuer"), .member("id")]) { _ in "did:web:impostor.example" },
        Tamper(id: "recipient", path: [.member("credentialSubject"), .member("id")]) { _ in "did:example:someone-else" },
        Tamper(id: "one byte of the proof value", path: [.member("proof"), .member("proofValue")]) { value in
            let bytes = try! Multibase.decode(value.stringValue!).bytes
            return .string(Multibase.encode(bytes.flipping(bitAt: 40)))
        },
        Tamper(id: "proof created", path: [.member("proof"), .member("created")]) { _ in "2026-01-02T00:00:00Z" },
    ]

    @Test func theSignedCredentialVerifies() throws {
        #expect(ProofVerifier().verify(Self.signed).map(\.verdict) == [.valid])
    }

    @Test(arguments: signatureTampers)
    func aChangedFieldFailsAtTheSignature(_ tamper: Tamper) throws {
        let changed = Self.editing(Self.signed, tamper.path[...], tamper.change)
        #expect(changed != Self.signed)
        let result = try #require(ProofVerifier().verify(changed).first)
        guard case .signatureMismatch = result.failure else { Issue.record("\(result)"); return }
    }

    @Test func aContextThatIsNotBundledFailsAtTheContext() throws {
        let changed = Self.editing(Self.signed, [.member("@context")][...]) { .array($0.asList + ["https://contexts.example/badge.jsonld"]) }
        let result = try #require(ProofVerifier().verify(changed).first)
        guard case .contextRefused = result.failure else { Issue.record("\(result)"); return }
    }

    @Test func removingTheExtensionsContextFailsAtTheUndefinedType() throws {
        let changed = Self.editing(Self.signed, [.member("@context")][...]) { .array(Array($0.asList.prefix(2))) }
        let result = try #require(ProofVerifier().verify(changed).first)
        guard case .undefinedTerm(let reason) = result.failure else { Issue.record("\(result)"); return }
        #expect(reason.contains("1EdTechJsonSchemaValidator2019"))
    }

    @Test func reorderingSetValuedArraysChangesNothingSigned() throws {
        var changed = Self.editing(Self.signed, [.member("type")][...]) { .array($0.asList.reversed()) }
        changed = Self.editing(changed, [.member("credentialSubject"), .member("result")][...]) { .array($0.asList.reversed()) }
        #expect(changed != Self.signed)
        #expect(ProofVerifier().verify(changed).map(\.verdict) == [.valid])
    }
}
