@testable import CairnApp
import CairnCore
import CairnCredentials
@testable import CairnStore
import Foundation
import Testing

/// The organizations' signing keys: sealed under the master key, rotated with the old ones still
/// published, and the issuer named with did:web at an https public URL.
@Suite struct IssuerKeysTests {
    @Test func theKeyIsSealedUnderAMasterKeyFileReadableByItsOwnerOnly() throws {
        try RiverbendWorld.with { world in
            _ = try world.decide(try world.submission(), at: "demonstrated")
            let path = world.installation.configuration.dataDirectory + "/" + MasterKey.fileName
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let stored = try #require(try world.store.issuers.activeKey(of: world.riverbend.id))
            let master = try #require(MasterKey.parse(try String(contentsOfFile: path, encoding: .utf8)))
            let sealed = Array(try #require(Data(base64Encoded: stored.sealedPrivateKey)))
            let seed = try #require(SecretBox.open(sealed, key: master))
            #expect(Multikey.encode(try Ed25519PrivateKey(seed: seed).publicKey) == stored.publicKeyMultibase)
            #expect(SecretBox.open(sealed, key: [UInt8](repeating: 7, count: 32)) == nil)
        }
    }

    @Test func aWrongMasterKeyStopsIssuingWithoutWritingAnything() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-keys-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try RiverbendWorld.with(configure: { $0.masterKey = String(repeating: "ab", count: 32) }) { world in
            _ = try world.decide(try world.submission(by: "educator@riverbend.example"), at: "demonstrated")
            // The same database opened with another master key cannot open the organization's key.
            var configuration = world.installation.configuration
            configuration.masterKey = String(repeating: "cd", count: 32)
            let other = try Installation(configuration: configuration)
            defer { other.close() }
            let otherWorld = RiverbendWorld(installation: other, riverbend: world.riverbend, version: world.version)
            let awards = try world.rows(in: "awards")
            #expect(throws: CredentialError.self) { try otherWorld.decide(try otherWorld.submission(by: "mei.chen@riverbend.example"), at: "demonstrated") }
            #expect(try world.rows(in: "awards") == awards)
        }
        #expect(MasterKey.parse("not hex") == nil && MasterKey.parse(String(repeating: "0", count: 63)) == nil)
    }

    @Test func anHTTPSPublicURLMakesADIDWebIssuerWhoseDocumentKeepsRotatedKeys() throws {
        try RiverbendWorld.with(configure: { $0.publicURL = "https://cairn.example.org" }) { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let json = try JSON(parsing: credential.document)
            #expect(json["issuer"]?["id"] == "did:web:cairn.example.org:o:riverbend")
            #expect(world.credentials.verify(Array(credential.document.utf8)).verdict == .valid)

            let keys = IssuerKeys(installation: world.installation)
            let before = try keys.list(organization: "riverbend")
            #expect(before.issuer == "did:web:cairn.example.org:o:riverbend" && before.keys.count == 1)
            let rotated = try keys.rotate(organization: "riverbend")
            let after = try keys.list(organization: "riverbend")
            #expect(after.keys.count == 2 && after.keys[0].retiredAt != nil && after.keys[1].publicKeyMultibase == rotated.publicKeyMultibase)
            let document = try JSON(parsing: try world.credentials.didDocument(organization: "riverbend"))
            #expect(document["assertionMethod"]?.arrayValue?.count == 2)
            #expect(world.credentials.verify(Array(credential.document.utf8)).verdict == .valid, "signed by the retired key, still valid")

            let next = try #require(try world.decide(try world.submission(by: "mei.chen@riverbend.example"), at: "demonstrated").credential)
            let proof = try JSON(parsing: next.document)["proof"]?.arrayValue?.first
            #expect(proof?["verificationMethod"]?.stringValue == rotated.verificationMethod)
            #expect(world.credentials.verify(Array(next.document.utf8)).verdict == .valid)
            #expect(try keys.export(organization: "riverbend").contains(rotated.publicKeyMultibase))
        }
    }

    @Test func withoutHTTPSTheIssuerIsADIDKeyAndNoDIDDocumentIsServed() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let key = try #require(try world.store.issuers.activeKey(of: world.riverbend.id))
            #expect(try JSON(parsing: credential.document)["issuer"]?["id"] == .string("did:key:" + key.publicKeyMultibase))
            #expect(throws: CredentialError.notFound) { try world.credentials.didDocument(organization: "riverbend") }
        }
    }
}
