import Testing
@testable import CairnCredentials

@Suite struct DIDKeyTests {
    @Test func theVCDIEdDSAVerificationMethodResolvesAndVerifiesTheVectorSignature() throws {
        let proof = try TestVectors.json("vectors/vc-di-eddsa/eddsa-rdfc-2022/proofConfigDataInt.json")
        let methodID = proof["verificationMethod"]!.stringValue!
        let method = try DIDKey.resolve(methodID)
        #expect(method.id == methodID)
        #expect(method.controller == "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
        #expect(method.type == "Multikey")
        let folder = "vectors/vc-di-eddsa/eddsa-rdfc-2022/"
        let combined = Hex.decode(try TestVectors.text(folder + "combinedHashDataInt.txt"))!
        let signature = try Multibase.decode(TestVectors.text(folder + "sigBTC58DataInt.txt")).bytes
        #expect(method.publicKey.verify(signature, for: combined))
        #expect(!method.publicKey.verify(signature, for: combined.flipping(bitAt: 0)))
    }

    @Test(arguments: [MultikeyTests.p256, MultikeyTests.p384])
    func aDIDWithoutFragmentResolvesToItsOnlyMethod(multikey: String) throws {
        let method = try DIDKey.resolve("did:key:" + multikey)
        #expect(method.id == "did:key:\(multikey)#\(multikey)")
        #expect(method.controller == "did:key:" + multikey)
        #expect(DIDKey.did(for: method.publicKey) == method.controller)
        #expect(DIDKey.verificationMethod(for: method.publicKey) == method)
    }

    @Test func aP384DIDKeyVerifiesTheRFC6979Signature() throws {
        let key = try PublicKey.ec(.p384, point: PublicKeyTests.p384Point)
        let did = try #require(DIDKey.did(for: key))
        #expect(did.hasPrefix("did:key:z82"))
        #expect(try DIDKey.resolve(did).publicKey.verify(PublicKeyTests.p384Signature, for: "sample".bytes))
    }

    @Test(arguments: [
        ("did:web:example.com", "“did:web:example.com” does not begin with did:key:"),
        ("did:key:", "“did:key:” has no key or has a path, query or version"),
        ("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#key-1",
         "the fragment “#key-1” is not the key's own (“#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2”)"),
        ("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2/path", "“did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2/path” has no key or has a path, query or version"),
        ("did:key:uAQID", "the key of a did:key is base58btc (“z…”)"),
    ])
    func whatIsNotADIDKeyIsRefusedWithItsReason(did: String, reason: String) {
        #expect(throws: KeyError.notDIDKey(reason)) { try DIDKey.resolve(did) }
    }

    @Test func aDIDKeyOfABrokenKeyIsRefused() {
        // The vector's key with its last character changed: a valid base58 value, not 34 bytes.
        #expect(throws: KeyError.self) { try DIDKey.resolve("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ") }
    }
}
