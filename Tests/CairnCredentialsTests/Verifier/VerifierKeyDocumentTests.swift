import Foundation
import Testing
@testable import CairnCredentials

/// A credential signed with a key its issuer publishes at an HTTPS URL (a controller document): valid once
/// the document is fetched and lists the key; inconclusive offline; refused when the document does not
/// list it for assertions.
@Suite struct VerifierKeyDocumentTests {
    static let issuer = "https://district.example/issuer"
    static let methodID = issuer + "#key-1"

    static func credential() throws -> JSON {
        let document = VerifierFixtures.unsigned.setting("/issuer/id", to: .string(issuer))
        let signer = DataIntegritySigner(key: VerifierFixtures.key, verificationMethod: methodID)
        let signed = try signer.sign(document, created: Date(timeIntervalSince1970: 1_767_225_600))
        return signed.setting("/proof", to: .array(signed["proof"]!.asList))
    }

    static func controllerDocument(listing relationship: String = "assertionMethod") -> JSON {
        [
            "@context": ["https://www.w3.org/ns/did/v1"],
            "id": .string(issuer),
            "verificationMethod": [[
                "id": .string(methodID), "type": "Multikey", "controller": .string(issuer),
                "publicKeyMultibase": .string(Multikey.encode(VerifierFixtures.key.publicKey)!),
            ]],
            .init(stringLiteral: relationship): [.string(methodID)],
        ]
    }

    static func verifier(serving document: JSON) -> CredentialVerifier {
        let resolver = ControllerDocumentResolver { url throws(DIDResolutionError) in
            guard url == issuer else { throw .fetchFailed(url, reason: "404 Not Found") }
            return Array(document.serialized.utf8)
        }
        return CredentialVerifier(keys: KeyResolver(other: resolver))
    }

    @Test func aKeyTheIssuersDocumentListsVerifies() throws {
        let report = VerifierFixtures.report(try Self.credential(), verifier: Self.verifier(serving: Self.controllerDocument()))
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
        #expect(report[.issuerKey]?.reason == "the signing key is the issuer's: \(Self.issuer) controls \(Self.methodID)")
    }

    @Test func offlineTheKeyIsInconclusive() throws {
        let report = VerifierFixtures.report(try Self.credential())
        #expect(report.verdict == .inconclusive)
        #expect(report[.proof]?.reason.contains("Cairn fetches no other key without being allowed to") == true)
    }

    @Test func aKeyListedOnlyForAuthenticationIsRefused() throws {
        let report = VerifierFixtures.report(try Self.credential(), verifier: Self.verifier(serving: Self.controllerDocument(listing: "authentication")))
        #expect(report.firstFailure?.check == .proof)
        #expect(report.firstFailure?.reason.contains("is not listed under assertionMethod") == true)
    }

    @Test func aDocumentThatIsNotTheURLsIsRefused() throws {
        let other = Self.controllerDocument().setting("/id", to: "https://elsewhere.example/issuer")
        let report = VerifierFixtures.report(try Self.credential(), verifier: Self.verifier(serving: other))
        #expect(report.firstFailure?.check == .proof)
        #expect(report.firstFailure?.reason.contains("names another id") == true)
    }
}
