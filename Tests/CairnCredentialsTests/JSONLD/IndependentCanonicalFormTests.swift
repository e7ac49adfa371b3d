import Foundation
import Testing
@testable import CairnCredentials

/// Credentials of every shape Cairn issues or reads give the canonical N-Quads that pyld, an independent
/// JSON-LD implementation, gives for them with the same bundled contexts.
@Suite struct IndependentCanonicalFormTests {
    static var folder: URL {
        Bundle.module.url(forResource: "Suites", withExtension: nil)!.appendingPathComponent("vectors/pyld-crosscheck")
    }

    @Test(arguments: ["ob-v2-rubric", "ob-v2-status-evidence", "ob-v1-ed25519-2020", "clr-v2-embedded"])
    func canonicalNQuadsAgreeWithPyld(_ name: String) throws {
        let credential = try JSON(parsing: Data(contentsOf: Self.folder.appendingPathComponent(name + ".json")))
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".nq"), encoding: .utf8)
        let quads = try JSONLD.toRDF(credential)
        #expect(try RDFCanonicalizer.canonicalize(quads).nquads == expected)
    }
}
