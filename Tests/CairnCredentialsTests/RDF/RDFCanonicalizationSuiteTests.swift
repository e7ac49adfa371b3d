import Foundation
import Testing
@testable import CairnCredentials

/// One test of the W3C RDFC-1.0 suite (`Suites/rdf-canon-tests/manifest.jsonld`).
struct RDFCanonCase: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable { case eval, map, negative }
    let id: String
    let name: String
    let kind: Kind
    let action: String
    let result: String?
    let hash: DigestAlgorithm
    var testDescription: String { "\(id) \(name)" }

    static let folder = Bundle.module.url(forResource: "Suites", withExtension: nil)!
        .appendingPathComponent("rdf-canon-tests")

    /// Every entry of the manifest, in its order.
    static let all: [RDFCanonCase] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("manifest.jsonld"))
        let manifest = try! JSON(parsing: data)
        return manifest["entries"]!.asList.map { entry in
            let kind: Kind = switch entry["type"]!.stringValue! {
            case "rdfc:RDFC10EvalTest": .eval
            case "rdfc:RDFC10MapTest": .map
            case "rdfc:RDFC10NegativeEvalTest": .negative
            case let other: fatalError("unknown RDFC test type \(other)")
            }
            return RDFCanonCase(id: entry["id"]!.stringValue!, name: entry["name"]!.stringValue!, kind: kind,
                                action: entry["action"]!.stringValue!, result: entry["result"]?.stringValue,
                                hash: entry["hashAlgorithm"]?.stringValue == "SHA384" ? .sha384 : .sha256)
        }
    }()

    func text(_ path: String) throws -> String {
        try String(contentsOf: Self.folder.appendingPathComponent(path), encoding: .utf8)
    }
}

@Suite struct RDFCanonicalizationSuiteTests {
    @Test func theManifestListsEveryKindOfTest() {
        #expect(RDFCanonCase.all.count == 86)
        #expect(RDFCanonCase.all.contains { $0.kind == .negative })
        #expect(RDFCanonCase.all.contains { $0.hash == .sha384 })
    }

    @Test(arguments: RDFCanonCase.all)
    func passesTheW3CTest(_ test: RDFCanonCase) throws {
        let input = try NQuads.parse(test.text(test.action))
        let canonicalizer = RDFCanonicalizer(hash: test.hash)
        switch test.kind {
        case .eval:
            let result = try canonicalizer.canonicalize(input)
            #expect(result.nquads == (try test.text(test.result!)))
        case .map:
            let result = try canonicalizer.canonicalize(input)
            let expected = try JSON(parsing: test.text(test.result!))
            #expect(JSON.object(result.issued.mapValues(JSON.string)) == expected)
        case .negative:
            let blankNodes = Set(input.flatMap { [$0.subject, $0.object, $0.graph].compactMap { $0 } }
                .filter(\.isBlank)).count
            let limit = RDFCanonicalizer.defaultCallLimit(blankNodes: blankNodes)
            #expect(throws: RDFCanonicalizationError.tooComplex(limit: limit)) {
                try canonicalizer.canonicalize(input)
            }
        }
    }
}
