import Foundation
import Synchronization
import Testing
@testable import CairnCredentials

/// did:web: the DID → URL rules of the method specification, resolution through the caller's fetch,
/// and the assertionMethod rule: a key signs a credential only if its DID document lists it there and
/// the DID controls it.
@Suite struct DIDWebTests {
    @Test(arguments: [
        ("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json"),
        ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"),
        ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"),
        ("did:web:example.com%3A3000", "https://example.com:3000/.well-known/did.json"),
        ("did:web:Example.COM", "https://example.com/.well-known/did.json"),
        ("did:web:school.example:issuers:math%20dept", "https://school.example/issuers/math%20dept/did.json"),
    ])
    func aDIDWebMapsToItsDocumentsURL(_ did: String, _ url: String) throws {
        #expect(try DIDWeb.documentURL(for: did) == url)
    }

    @Test(arguments: [
        ("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "“did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2” is not a did:web DID"),
        ("did:web:", "“did:web:” is not a valid did:web DID: it names no host"),
        ("did:web:example.com#key-1", "“did:web:example.com#key-1” is not a valid did:web DID: a DID has no “/”, “?” or “#”; give the DID without the key's fragment"),
        ("did:web:example.com::alice", "“did:web:example.com::alice” is not a valid did:web DID: it has an empty host or path segment"),
        ("did:web:192.168.1.10", "“did:web:192.168.1.10” is not a valid did:web DID: a did:web host is a domain name, not an IP address"),
        ("did:web:user@example.com", "“did:web:user@example.com” is not a valid did:web DID: “user@example.com” is not a domain name"),
        ("did:web:example.com%2Fevil", "“did:web:example.com%2Fevil” is not a valid did:web DID: “example.com%2Fevil” is not a domain name"),
        ("did:web:example.com%3A99999", "“did:web:example.com%3A99999” is not a valid did:web DID: “99999” is not a port number"),
        ("did:web:example.com:..", "“did:web:example.com:..” is not a valid did:web DID: the path segment “..” is not allowed"),
    ])
    func aMalformedDIDWebIsRefusedWithItsReason(_ did: String, _ reason: String) {
        do throws(DIDResolutionError) {
            _ = try DIDWeb.documentURL(for: did)
            Issue.record("\(did) was accepted")
        } catch {
            #expect(error.description == reason)
        }
    }

    // MARK: Resolution

    static let did = "did:web:school.example"
    static let assertionKey = try! Ed25519PrivateKey(seed: Array(repeating: 11, count: 32))
    static let authenticationKey = try! Ed25519PrivateKey(seed: Array(repeating: 12, count: 32))
    static let foreignKey = try! Ed25519PrivateKey(seed: Array(repeating: 13, count: 32))

    static func method(_ fragment: String, _ key: Ed25519PrivateKey, controller: String = did) -> JSON {
        ["id": .string(fragment.hasPrefix("#") ? fragment : did + "#" + fragment), "type": "Multikey",
         "controller": .string(controller), "publicKeyMultibase": .string(Multikey.encode(key.publicKey)!)]
    }

    static let document: JSON = [
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": .string(did),
        "verificationMethod": [method("key-1", assertionKey), method("#key-2", authenticationKey)],
        "assertionMethod": ["#key-1", method("key-3", foreignKey, controller: "did:web:elsewhere.example")],
        "authentication": [.string(did + "#key-2")],
    ]

    /// A fetch that serves `documents` by URL and records what was asked.
    final class FakeWeb: Sendable {
        let documents: [String: [UInt8]]
        let asked = Mutex<[String]>([])
        init(_ documents: [String: JSON]) { self.documents = documents.mapValues { Array($0.serialized.utf8) } }
        var resolver: DIDWebResolver {
            DIDWebResolver { url throws(DIDResolutionError) in
                self.asked.withLock { $0.append(url) }
                guard let bytes = self.documents[url] else { throw .fetchFailed(url, reason: "HTTP 404") }
                return bytes
            }
        }
    }

    static let web = FakeWeb(["https://school.example/.well-known/did.json": document])

    @Test func aKeyListedUnderAssertionMethodByRelativeIDIsFound() throws {
        let web = FakeWeb(["https://school.example/.well-known/did.json": Self.document])
        let method = try web.resolver.verificationMethod(Self.did + "#key-1", purpose: "assertionMethod")
        #expect(method.publicKey == Self.assertionKey.publicKey)
        #expect(method.controller == Self.did)
        #expect(web.asked.withLock { $0 } == ["https://school.example/.well-known/did.json"])
    }

    @Test func theDocumentAcceptsARelativeIDAsWell() throws {
        let document = try DIDDocument(json: Self.document)
        #expect(try document.verificationMethod("#key-1", for: "assertionMethod").id == Self.did + "#key-1")
    }

    @Test func aKeyListedOnlyForAuthenticationCannotSignAnAssertion() throws {
        #expect(throws: KeyResolutionError.refused("did:web:school.example#key-2 is not listed under assertionMethod in the DID document of did:web:school.example")) {
            try Self.web.resolver.verificationMethod(Self.did + "#key-2", purpose: "assertionMethod")
        }
        #expect(try Self.web.resolver.verificationMethod(Self.did + "#key-2", purpose: "authentication").publicKey
            == Self.authenticationKey.publicKey)
    }

    @Test func aKeyControlledByAnotherDIDIsRefused() {
        #expect(throws: KeyResolutionError.refused("did:web:school.example#key-3 is controlled by did:web:elsewhere.example, not by did:web:school.example")) {
            try Self.web.resolver.verificationMethod(Self.did + "#key-3", purpose: "assertionMethod")
        }
    }

    @Test func aKeyOfAnotherDIDIsRefused() throws {
        let document = try DIDDocument(json: Self.document)
        #expect(throws: KeyResolutionError.refused("did:web:elsewhere.example#key-1 is not a key of did:web:school.example")) {
            try document.verificationMethod("did:web:elsewhere.example#key-1", for: "assertionMethod")
        }
    }

    @Test func aDocumentOfAnotherDIDIsRefused() {
        let web = FakeWeb(["https://school.example/.well-known/did.json": ["id": "did:web:impostor.example"]])
        #expect(throws: KeyResolutionError.refused("the DID document fetched for did:web:school.example is that of did:web:impostor.example")) {
            try web.resolver.verificationMethod(Self.did + "#key-1", purpose: "assertionMethod")
        }
    }

    @Test func aFailedFetchIsUnavailableNotInvalid() {
        #expect(throws: KeyResolutionError.unavailable("the DID document at https://other.example/.well-known/did.json could not be fetched: HTTP 404")) {
            try Self.web.resolver.verificationMethod("did:web:other.example#key-1", purpose: "assertionMethod")
        }
    }

    @Test func aDocumentThatIsNotJSONIsRefused() {
        let web = DIDWebResolver { _ throws(DIDResolutionError) in Array("<html>".utf8) }
        do throws(DIDResolutionError) {
            _ = try web.document(for: Self.did)
            Issue.record("HTML was read as a DID document")
        } catch {
            guard case .unreadable(let url, _) = error else { Issue.record("\(error)"); return }
            #expect(url == "https://school.example/.well-known/did.json")
        }
    }

    // MARK: Proofs with did:web keys

    static let credential: JSON = [
        "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
        "issuer": .string(did), "credentialSubject": ["id": "did:example:learner"],
    ]

    @Test func aCredentialSignedWithADIDWebKeyVerifiesThroughTheCallersFetch() throws {
        let signed = try DataIntegritySigner(key: Self.assertionKey, verificationMethod: Self.did + "#key-1").sign(Self.credential, created: nil)
        let verifier = ProofVerifier(keys: KeyResolver(didWeb: Self.web.resolver))
        let result = try #require(verifier.verify(signed).first)
        #expect(result.isValid, "\(result)")
        #expect(result.verificationMethod?.controller == Self.did)
        #expect(try #require(ProofVerifier().verify(signed).first).verdict == .inconclusive)
    }

    @Test func aCredentialSignedWithAnAuthenticationKeyIsRefused() throws {
        let signed = try DataIntegritySigner(key: Self.authenticationKey, verificationMethod: Self.did + "#key-2").sign(Self.credential, created: nil)
        let result = try #require(ProofVerifier(keys: KeyResolver(didWeb: Self.web.resolver)).verify(signed).first)
        #expect(result.verdict == .invalid)
        guard case .keyRefused = result.failure else { Issue.record("\(result)"); return }
    }

    @Test func aJWTWhoseKidIsADIDWebKeyVerifiesThroughTheCallersFetch() {
        let token = CompactJWS.sign(payload: Self.credential, header: ["kid": "#key-1"], with: Self.assertionKey)
        let verification = JWTVerifier(keys: KeyResolver(didWeb: Self.web.resolver)).verify(token)
        #expect(verification.proof.isValid, "\(verification.proof)")
        #expect(verification.proof.verificationMethodID == Self.did + "#key-1")
    }
}
