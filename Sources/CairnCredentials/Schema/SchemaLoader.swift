import CairnSync
import Foundation

/// Finds the JSON Schema a `credentialSchema` entry names: the schemas bundled with Cairn by URL,
/// any other URL only through the caller's function; it never fetches anything itself.
public struct SchemaLoader: Sendable {
    let other: (@Sendable (String) throws(SchemaLoaderError) -> JSON)?

    /// A loader of the bundled schemas that passes any other URL to `other`, or refuses it when there is none.
    public init(other: (@Sendable (String) throws(SchemaLoaderError) -> JSON)? = nil) {
        self.other = other
    }

    /// The bundled schemas and nothing else.
    public static let bundledOnly = SchemaLoader()

    /// The URLs the bundled schemas answer to: each one's `$id` and the URL OB 3.0 publishes it under.
    public static var bundledURLs: [String] { BundledSchemas.shared.index.keys.sorted() }

    /// The compiled schema at the URL.
    public func schema(at url: String) throws(SchemaLoaderError) -> JSONSchema {
        if let bundled = try BundledSchemas.shared.schema(at: url) { return bundled }
        guard let other else { throw .notBundled(url) }
        let document = try other(url)
        do throws(JSONSchemaError) { return try JSONSchema(document) } catch { throw .invalidSchema(url, error) }
    }
}

/// Why a schema could not be had.
public enum SchemaLoaderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a bundled schema, and the caller gave no loader of its own.
    case notBundled(String)
    case unreadable(String, reason: String)
    case notJSON(String, reason: String)
    /// The document is not a schema Cairn can apply.
    case invalidSchema(String, JSONSchemaError)

    public var description: String {
        switch self {
        case .notBundled(let url): "\(url) is not one of the JSON Schemas bundled with Cairn, and nothing else may be fetched"
        case .unreadable(let url, let reason): "the schema \(url) could not be read: \(reason)"
        case .notJSON(let url, let reason): "the schema \(url) is not JSON: \(reason)"
        case .invalidSchema(let url, let error): "the schema \(url) cannot be used: \(error)"
        }
    }
}

/// The schemas of `Standards/schemas`: the index read once, each schema compiled on first use and kept.
final class BundledSchemas: Sendable {
    static let shared = BundledSchemas()

    /// Schema URL → file path under `Standards/schemas`.
    let index: [String: String]
    let folder: URL?
    private let compiled = ReadMostly<[String: JSONSchema]>([:])

    private init() {
        folder = Bundle.module.url(forResource: "Standards", withExtension: nil)?.appendingPathComponent("schemas")
        let entries = folder.flatMap { try? Data(contentsOf: $0.appendingPathComponent("index.json")) }
            .flatMap { try? JSON(parsing: $0) }?.objectValue ?? [:]
        index = entries.compactMapValues(\.stringValue)
    }

    /// The compiled schema for a bundled URL, or nil when the URL is not bundled.
    func schema(at url: String) throws(SchemaLoaderError) -> JSONSchema? {
        guard let file = index[url], let folder else { return nil }
        if let cached = compiled.read({ $0[file] }) { return cached }
        let outcome: Result<JSONSchema, SchemaLoaderError> = compiled.write { compiled in
            if let cached = compiled[file] { return .success(cached) }
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(file)) else {
                return .failure(.unreadable(url, reason: "the bundled file \(file) is missing"))
            }
            let schema: JSONSchema
            do throws(JSON.SyntaxError) {
                let json = try JSON(parsing: data)
                do throws(JSONSchemaError) { schema = try JSONSchema(json) } catch {
                    return .failure(.invalidSchema(url, error))
                }
            } catch {
                return .failure(.notJSON(url, reason: error.reason))
            }
            compiled[file] = schema
            return .success(schema)
        }
        return try outcome.get()
    }
}
