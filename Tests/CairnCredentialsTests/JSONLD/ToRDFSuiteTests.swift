import Foundation
import Testing
@testable import CairnCredentials

/// The W3C JSON-LD 1.1 toRdf suite, every case but those `Suites/skipped.json` lists; datasets compared after RDFC-1.0 canonicalization.
@Suite struct ToRDFSuiteTests {
    @Test(arguments: JSONLDSuite.cases("toRdf"))
    func deserializationGivesTheSuitesDataset(_ test: JSONLDSuiteCase) throws {
        let input = try JSONLDSuite.json(at: test.input)
        let options = try test.jsonLDOptions
        if let code = test.expectErrorCode {
            do {
                let output = try JSONLD.toRDF(input, options: options)
                Issue.record("expected “\(code)”, got \(NQuads.serialize(output))")
            } catch {
                #expect(error.code.rawValue == code, "\(error.reason)")
            }
            return
        }
        let output = try JSONLD.toRDF(input, options: options)
        if test.isSyntaxOnly { return }
        let text = try String(contentsOf: JSONLDSuite.folder.appendingPathComponent(test.expect!), encoding: .utf8)
        let expected = try NQuads.parse(text)
        #expect(try CanonicalComparison.canonical(output) == CanonicalComparison.canonical(expected))
    }

    /// What a proof hashes is written straight into an indexed dataset: for every case, it canonicalizes to what
    /// the quads `toRDF` returns canonicalize to.
    @Test(arguments: JSONLDSuite.cases("toRdf").filter { $0.expectErrorCode == nil && !$0.isSyntaxOnly })
    func theIndexedDatasetCanonicalizesAsTheQuads(_ test: JSONLDSuiteCase) throws {
        let input = try JSONLDSuite.json(at: test.input)
        let options = try test.jsonLDOptions
        let indexed = try RDFCanonicalizer().canonicalize(try JSONLD.toIndexedDataset(input, options: options))
        let listed = try RDFCanonicalizer().canonicalize(try JSONLD.toRDF(input, options: options))
        #expect(indexed.nquads == listed.nquads)
    }

    @Test func aStatementMadeTwiceIsOneQuad() throws {
        let document = try JSON(parsing: Array("""
            {"@context": {"name": "https://schema.org/name", "knows": {"@id": "https://schema.org/knows", "@type": "@id"}},
             "@graph": [{"@id": "https://example.org/a", "name": "Ana", "knows": "https://example.org/b"},
                        {"@id": "https://example.org/a", "name": "Ana", "knows": {"@id": "https://example.org/b", "name": "Ben"}},
                        {"@id": "https://example.org/b", "name": "Ben"}]}
            """.utf8))
        let quads = try JSONLD.toRDF(document)
        #expect(quads.count == 3, "\(NQuads.serialize(quads))")
        let indexed = try JSONLD.toIndexedDataset(document, options: JSONLD.Options())
        #expect(indexed.quads.count == 6, "written as stated")
        #expect(indexed.distinct().quads.count == 3)
        #expect(try RDFCanonicalizer().canonicalize(indexed).nquads == RDFCanonicalizer().canonicalize(quads).nquads)
        #expect(try RDFCanonicalizer().canonicalize(indexed).nquads.split(separator: "\n").count == 3)
    }

    @Test func everySkippedCaseIsInTheManifestWithAReason() {
        let ids = Set(JSONLDSuite.allCases("toRdf").map(\.id))
        for (id, reason) in JSONLDSuite.skipped["json-ld-tests/toRdf-manifest.jsonld"] ?? [:] {
            #expect(ids.contains(id), "\(id) is not in the manifest")
            #expect(!reason.isEmpty)
        }
        #expect(ids.count > 400)
    }
}
