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

    @Test func everySkippedCaseIsInTheManifestWithAReason() {
        let ids = Set(JSONLDSuite.allCases("toRdf").map(\.id))
        for (id, reason) in JSONLDSuite.skipped["json-ld-tests/toRdf-manifest.jsonld"] ?? [:] {
            #expect(ids.contains(id), "\(id) is not in the manifest")
            #expect(!reason.isEmpty)
        }
        #expect(ids.count > 400)
    }
}
