import Foundation
import Testing
@testable import CairnCredentials

/// The W3C JSON-LD 1.1 expand suite, every case but those `Suites/skipped.json` lists.
@Suite struct ExpandSuiteTests {
    @Test(arguments: JSONLDSuite.cases("expand"))
    func expansionGivesTheSuitesResult(_ test: JSONLDSuiteCase) throws {
        let input = try JSONLDSuite.json(at: test.input)
        let options = try test.jsonLDOptions
        if let code = test.expectErrorCode {
            do {
                let output = try JSONLD.expand(input, options: options)
                Issue.record("expected “\(code)”, got \(JSON.array(output).serialized)")
            } catch {
                #expect(error.code.rawValue == code, "\(error.reason)")
            }
            return
        }
        let output = try JSONLD.expand(input, options: options)
        let expected = try JSONLDSuite.json(at: test.expect!)
        #expect(JSONLDSuite.normalized(.array(output)).serialized == JSONLDSuite.normalized(expected).serialized)
    }

    @Test func everySkippedCaseIsInTheManifestWithAReason() {
        let ids = Set(JSONLDSuite.allCases("expand").map(\.id))
        for (id, reason) in JSONLDSuite.skipped["json-ld-tests/expand-manifest.jsonld"] ?? [:] {
            #expect(ids.contains(id), "\(id) is not in the manifest")
            #expect(!reason.isEmpty)
        }
        #expect(ids.count > 300)
    }
}
