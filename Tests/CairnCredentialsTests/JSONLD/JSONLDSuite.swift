import Foundation
import Testing
@testable import CairnCredentials

/// One test of a W3C JSON-LD manifest, as the suite tests run it.
struct JSONLDSuiteCase: Sendable, CustomTestStringConvertible {
    let manifest: String
    let id: String
    let name: String
    let input: String
    let expect: String?
    let expectErrorCode: String?
    let isNegative: Bool
    let isSyntaxOnly: Bool
    let options: [String: JSON]

    var testDescription: String { "\(id) \(name)" }

    /// The URL the suite publishes the input at: its base, and the key of the suite loader.
    var inputURL: String { JSONLDSuite.published + input }

    /// The JSON-LD options the manifest asks for.
    var jsonLDOptions: JSONLD.Options {
        get throws {
            var options = JSONLD.Options(base: inputURL, loader: JSONLDSuite.Loader())
            if let base = self.options["base"]?.stringValue { options.base = base }
            if let context = self.options["expandContext"]?.stringValue {
                options.expandContext = try JSONLDSuite.Loader().loadDocument(at: JSONLDSuite.published + context).document
            }
            if self.options["rdfDirection"] == "i18n-datatype" { options.rdfDirection = .i18nDatatype }
            return options
        }
    }
}

/// The W3C JSON-LD expand and toRdf suites in the test bundle, and the one list of the cases Cairn skips.
enum JSONLDSuite {
    static let published = "https://w3c.github.io/json-ld-api/tests/"

    static var folder: URL {
        Bundle.module.url(forResource: "Suites", withExtension: nil)!.appendingPathComponent("json-ld-tests")
    }

    static func json(at path: String) throws -> JSON {
        try JSON(parsing: Data(contentsOf: folder.appendingPathComponent(path)))
    }

    /// `Suites/skipped.json`: manifest file → test id → why it is skipped.
    static let skipped: [String: [String: String]] = {
        let url = Bundle.module.url(forResource: "Suites", withExtension: nil)!.appendingPathComponent("skipped.json")
        guard let data = try? Data(contentsOf: url), let json = try? JSON(parsing: data) else { return [:] }
        return (json.objectValue ?? [:]).mapValues { ($0.objectValue ?? [:]).compactMapValues(\.stringValue) }
    }()

    /// Every case of a manifest (`expand` or `toRdf`).
    static func allCases(_ manifest: String) -> [JSONLDSuiteCase] {
        guard let json = try? json(at: "\(manifest)-manifest.jsonld"), let sequence = json["sequence"]?.arrayValue else { return [] }
        return sequence.compactMap { entry in
            guard let id = entry["@id"]?.stringValue, let input = entry["input"]?.stringValue else { return nil }
            let types = entry["@type"]?.asList.compactMap(\.stringValue) ?? []
            return JSONLDSuiteCase(
                manifest: "\(manifest)-manifest.jsonld", id: id, name: entry["name"]?.stringValue ?? "",
                input: input, expect: entry["expect"]?.stringValue, expectErrorCode: entry["expectErrorCode"]?.stringValue,
                isNegative: types.contains("jld:NegativeEvaluationTest"), isSyntaxOnly: types.contains("jld:PositiveSyntaxTest"),
                options: entry["option"]?.objectValue ?? [:])
        }
    }

    /// The cases of a manifest that are run: all but those listed in `skipped.json`.
    static func cases(_ manifest: String) -> [JSONLDSuiteCase] {
        let skips = skipped["json-ld-tests/\(manifest)-manifest.jsonld"] ?? [:]
        return allCases(manifest).filter { skips[$0.id] == nil }
    }

    /// Serves the suite's documents from the test bundle for their published URLs; refuses anything else.
    struct Loader: DocumentLoading {
        func loadDocument(at url: String) throws(DocumentLoaderError) -> RemoteDocument {
            guard url.hasPrefix(JSONLDSuite.published) else { throw .notBundled(url) }
            let path = String(url.dropFirst(JSONLDSuite.published.count))
            guard let data = try? Data(contentsOf: JSONLDSuite.folder.appendingPathComponent(path)) else {
                throw .unreadable(url, reason: "no such file in the suite")
            }
            do { return RemoteDocument(url: url, document: try JSON(parsing: data)) } catch {
                throw .notJSON(url, reason: error.reason)
            }
        }
    }

    /// JSON-LD object comparison (the suite README): objects unordered, arrays unordered except `@list` values,
    /// done by sorting every array that is a set, recursively, then comparing serializations.
    static func normalized(_ json: JSON, inList: Bool = false) -> JSON {
        switch json {
        case .object(let members):
            var out: [String: JSON] = [:]
            for (key, value) in members {
                out[key] = normalized(value, inList: key == "@list")
                if key == "@language", case .string(let s) = value { out[key] = .string(s.lowercased()) }
            }
            return .object(out)
        case .array(let items):
            let inner = items.map { normalized($0) }
            return .array(inList ? inner : inner.sorted { $0.serialized < $1.serialized })
        default:
            return json
        }
    }
}

/// RDF dataset isomorphism for tests: the same quads once blank nodes are mapped one to one.
enum DatasetIsomorphism {
    static func isomorphic(_ first: [RDFQuad], _ second: [RDFQuad]) -> Bool {
        let a = Array(Set(first.map(normalized))), b = Set(second.map(normalized))
        guard a.count == b.count else { return false }
        let blanksA = Set(a.flatMap(blanks)), blanksB = Set(b.flatMap(blanks))
        guard blanksA.count == blanksB.count else { return false }
        if blanksA.isEmpty { return Set(a) == b }
        let signaturesB = Dictionary(grouping: blanksB) { signature(of: $0, in: Array(b)) }
        var candidates: [String: [String]] = [:]
        for blank in blanksA {
            candidates[blank] = signaturesB[signature(of: blank, in: a)] ?? []
            if candidates[blank]!.isEmpty { return false }
        }
        let order = blanksA.sorted { candidates[$0]!.count < candidates[$1]!.count }
        var mapping: [String: String] = [:]
        var used: Set<String> = []
        func consistent() -> Bool {
            a.allSatisfy { quad in
                let labels = blanks(quad)
                guard labels.allSatisfy({ mapping[$0] != nil }) else { return true }
                return b.contains(rename(quad, mapping))
            }
        }
        func search(_ i: Int) -> Bool {
            if i == order.count { return true }
            for candidate in candidates[order[i]]! where !used.contains(candidate) {
                mapping[order[i]] = candidate
                used.insert(candidate)
                if consistent() && search(i + 1) { return true }
                used.remove(candidate)
                mapping[order[i]] = nil
            }
            return false
        }
        return search(0)
    }

    static func normalized(_ quad: RDFQuad) -> RDFQuad {
        var quad = quad
        if case .literal(var literal) = quad.object, let language = literal.language {
            literal.language = language.lowercased()
            quad.object = .literal(literal)
        }
        return quad
    }

    static func blanks(_ quad: RDFQuad) -> [String] {
        [quad.subject, quad.predicate, quad.object, quad.graph].compactMap { term in
            if case .blank(let label)? = term { return label }
            return nil
        }
    }

    static func signature(of blank: String, in quads: [RDFQuad]) -> [String] {
        quads.filter { blanks($0).contains(blank) }.map { quad in
            NQuads.line(rename(quad, [:], own: blank))
        }.sorted()
    }

    static func rename(_ quad: RDFQuad, _ mapping: [String: String], own: String? = nil) -> RDFQuad {
        func map(_ term: RDFTerm) -> RDFTerm {
            guard case .blank(let label) = term else { return term }
            if let own { return .blank(label == own ? "self" : "other") }
            return .blank(mapping[label] ?? label)
        }
        return RDFQuad(map(quad.subject), map(quad.predicate), map(quad.object), graph: quad.graph.map(map))
    }
}
