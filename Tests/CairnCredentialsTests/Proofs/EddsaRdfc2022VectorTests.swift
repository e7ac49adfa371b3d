import Foundation
import Testing
@testable import CairnCredentials

/// W3C vc-di-eddsa's `eddsa-rdfc-2022` vectors, every intermediate byte for byte: the alumni credential
/// (`unsigned.json`) and the employment authorization credential (`employmentAuth.json`, folder `employ/`).
@Suite struct EddsaRdfc2022VectorTests {
    struct Vector: CustomTestStringConvertible, Sendable {
        let unsigned: String
        let folder: String
        var testDescription: String { unsigned }
    }

    static let vectors = [
        Vector(unsigned: "unsigned.json", folder: "vc-di-eddsa/eddsa-rdfc-2022/"),
        Vector(unsigned: "employmentAuth.json", folder: "vc-di-eddsa/eddsa-rdfc-2022/employ/"),
    ]

    static let verificationMethod =
        "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    /// The vectors' `created`, 2023-02-24T23:36:38Z.
    static let created = Date(timeIntervalSince1970: 1_677_281_798)

    static func signer() throws -> DataIntegritySigner {
        let keyPair = try TestVectors.json("vectors/vc-di-eddsa/keyPair.json")
        let key = try Multikey.ed25519PrivateKey(keyPair["privateKeyMultibase"]!.stringValue!)
        #expect(Multikey.encode(key.publicKey) == keyPair["publicKeyMultibase"]?.stringValue)
        return DataIntegritySigner(key: key, verificationMethod: verificationMethod)
    }

    static func file(_ vector: Vector, _ name: String) throws -> String {
        try TestVectors.text("vectors/" + vector.folder + name)
    }

    @Test(arguments: vectors)
    func theCanonicalFormsAndHashesAreTheVectors(_ vector: Vector) throws {
        let unsigned = try TestVectors.json("vectors/vc-di-eddsa/" + vector.unsigned)
        let signer = try Self.signer()
        #expect(try signer.proofConfiguration(for: unsigned, created: Self.created)
            == TestVectors.json("vectors/" + vector.folder + "proofConfigDataInt.json"))
        let forms = try signer.canonicalForms(for: unsigned, created: Self.created)
        #expect(forms.document == (try Self.file(vector, "canonDocDataInt.txt")))
        #expect(forms.proofConfiguration == (try Self.file(vector, "proofCanonDataInt.txt")))
        #expect(Hex.encode(forms.documentHash(.sha256)) == (try Self.file(vector, "docHashDataInt.txt")))
        #expect(Hex.encode(forms.proofConfigurationHash(.sha256)) == (try Self.file(vector, "proofHashDataInt.txt")))
        #expect(Hex.encode(forms.hashData(.sha256)) == (try Self.file(vector, "combinedHashDataInt.txt")))
    }

    @Test(arguments: vectors)
    func theSignatureIsTheVectorsInHexAndBase58(_ vector: Vector) throws {
        let unsigned = try TestVectors.json("vectors/vc-di-eddsa/" + vector.unsigned)
        let proof = try Self.signer().proof(for: unsigned, created: Self.created)
        let proofValue = try #require(proof["proofValue"]?.stringValue)
        #expect(proofValue == (try Self.file(vector, "sigBTC58DataInt.txt")))
        #expect(Hex.encode(try Multibase.decode(proofValue).bytes) == (try Self.file(vector, "sigHexDataInt.txt")))
    }

    @Test(arguments: vectors)
    func signingTheUnsignedCredentialGivesTheSignedVector(_ vector: Vector) throws {
        let unsigned = try TestVectors.json("vectors/vc-di-eddsa/" + vector.unsigned)
        let signed = try Self.signer().sign(unsigned, created: Self.created)
        #expect(signed == (try TestVectors.json("vectors/" + vector.folder + "signedDataInt.json")))
    }

    @Test(arguments: vectors)
    func theSignedVectorVerifies(_ vector: Vector) throws {
        let signed = try TestVectors.json("vectors/" + vector.folder + "signedDataInt.json")
        let results = ProofVerifier().verify(signed)
        #expect(results.count == 1)
        #expect(results.first?.isValid == true, "\(results)")
        #expect(results.first?.verificationMethod?.controller == "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
    }
}
