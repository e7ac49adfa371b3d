import Foundation
import Testing
@testable import CairnCredentials

/// 1EdTech's canonical N-Quads of the OB 3.0 implementation guide's OB and CLR examples: each credential and its
/// proof configuration, through toRdf and RDFC-1.0, byte for byte.
@Suite struct OpenBadgesCanonicalVectorTests {
    static var suites: URL { Bundle.module.url(forResource: "Suites", withExtension: nil)! }

    static func json(_ path: String) throws -> JSON {
        try JSON(parsing: Data(contentsOf: suites.appendingPathComponent(path)))
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: suites.appendingPathComponent(path), encoding: .utf8)
    }

    /// The example names the context by an older URL, `…/v3p0/context/ob_v3p0.jsonld`; it is served here as
    /// one of the bundled OB 3.0 contexts (the application never maps it: it is not bundled).
    struct ExampleLoader: DocumentLoading {
        let obContext: String
        func loadDocument(at url: String) throws(DocumentLoaderError) -> RemoteDocument {
            let target = url == "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld" ? obContext : url
            let document = try DocumentLoader.bundledOnly.loadDocument(at: target)
            return RemoteDocument(url: url, document: document.document)
        }
    }

    static let options = JSONLD.Options(loader: ExampleLoader(obContext: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))

    @Test func theOpenBadgeCredentialCanonicalizesToTheGivenNQuads() throws {
        let document = try Self.json("vectors/ob-v3p0-examples/obv3p0-credential.json")
        let quads = try JSONLD.toRDF(document, options: Self.options)
        let canonical = try RDFCanonicalizer.canonicalize(quads).nquads
        #expect(canonical == (try Self.text("vectors/ob-v3p0-canon/obv3p0/document-canon.txt")))
    }

    @Test func theClrCredentialCanonicalizesToTheGivenNQuads() throws {
        let document = try Self.json("vectors/ob-v3p0-examples/clrv2p0-credential.json")
        let canonical = try RDFCanonicalizer.canonicalize(JSONLD.toRDF(document)).nquads
        #expect(canonical == (try Self.text("vectors/ob-v3p0-canon/clrv2p0/document-canon.txt")))
    }

    @Test func theClrProofConfigurationCanonicalizesToTheGivenNQuads() throws {
        let document = try Self.json("vectors/ob-v3p0-examples/clrv2p0-credential.json")
        guard case .object(var proof) = try Self.json("vectors/ob-v3p0-examples/obv3p0-proof.json") else {
            Issue.record("the proof is not an object")
            return
        }
        proof["@context"] = document["@context"]
        let canonical = try RDFCanonicalizer.canonicalize(JSONLD.toRDF(.object(proof))).nquads
        #expect(canonical == (try Self.text("vectors/ob-v3p0-canon/clrv2p0/proof-canon.txt")))
    }

    @Test func itsProofConfigurationCanonicalizesToTheGivenNQuads() throws {
        let document = try Self.json("vectors/ob-v3p0-examples/obv3p0-credential.json")
        guard case .object(var proof) = try Self.json("vectors/ob-v3p0-examples/obv3p0-proof.json") else {
            Issue.record("the proof is not an object")
            return
        }
        proof["@context"] = document["@context"]
        let quads = try JSONLD.toRDF(.object(proof), options: Self.options)
        let canonical = try RDFCanonicalizer.canonicalize(quads).nquads
        #expect(canonical == (try Self.text("vectors/ob-v3p0-canon/obv3p0/proof-canon.txt")))
    }
}
