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

/// Datasets compared as the suite asks (RDF dataset isomorphism): both sides canonicalized with RDFC-1.0,
/// language tags in lower case (the suite writes them so; the processor lowers them), then compared as text.
enum CanonicalComparison {
    static func canonical(_ quads: [RDFQuad]) throws -> String {
        try RDFCanonicalizer.canonicalize(quads.map(lowercasingLanguage)).nquads
    }

    static func lowercasingLanguage(_ quad: RDFQuad) -> RDFQuad {
        var quad = quad
        if case .literal(var literal) = quad.object, let language = literal.language {
            literal.language = language.lowercased()
            quad.object = .literal(literal)
        }
        return quad
    }
}
