import CairnSync
import Foundation

/// A document read for JSON-LD processing: its JSON and the URL it was read from (the base of what it holds).
public struct RemoteDocument: Sendable {
    public var url: String
    public var document: JSON

    public init(url: String, document: JSON) {
        (self.url, self.document) = (url, document)
    }
}

/// Reads JSON-LD documents by URL; a caller that allows more than the bundled contexts supplies one.
public protocol DocumentLoading: Sendable {
    /// Returns the document at the URL or says why it cannot.
    func loadDocument(at url: String) throws(DocumentLoaderError) -> RemoteDocument
}

/// Why a document could not be had.
public enum DocumentLoaderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The URL is not one of the bundled contexts, and the caller gave no loader of its own.
    case notBundled(String)
    /// The caller's loader, or the bundle, could not read it.
    case unreadable(String, reason: String)
    /// What was read is not JSON.
    case notJSON(String, reason: String)

    public var description: String {
        switch self {
        case .notBundled(let url):
            "\(url) is not one of the contexts bundled with Cairn, and nothing else may be fetched"
        case .unreadable(let url, let reason): "\(url) could not be read: \(reason)"
        case .notJSON(let url, let reason): "\(url) is not JSON: \(reason)"
        }
    }
}

/// Serves the JSON-LD contexts bundled with Cairn and refuses every other URL, unless the caller
/// hands in a loader of its own for those; it never fetches anything itself.
public struct DocumentLoader: DocumentLoading {
    let other: (any DocumentLoading)?

    /// A loader of the bundled contexts that passes any other URL to `other`, or refuses it when there is none.
    public init(other: (any DocumentLoading)? = nil) {
        self.other = other
    }

    /// A loader of the bundled contexts that passes any other URL to the caller's function.
    public init(other: @escaping @Sendable (String) throws(DocumentLoaderError) -> RemoteDocument) {
        self.other = LoaderFunction(load: other)
    }

    /// The bundled contexts and nothing else.
    public static let bundledOnly = DocumentLoader()

    public func loadDocument(at url: String) throws(DocumentLoaderError) -> RemoteDocument {
        if let document = try BundledContexts.shared.document(at: url) { return document }
        guard let other else { throw .notBundled(url) }
        return try other.loadDocument(at: url)
    }

    /// The URLs of the bundled contexts.
    public static var bundledURLs: [String] { BundledContexts.shared.index.keys.sorted() }
}

/// A caller's function as a loader.
struct LoaderFunction: DocumentLoading {
    let load: @Sendable (String) throws(DocumentLoaderError) -> RemoteDocument
    func loadDocument(at url: String) throws(DocumentLoaderError) -> RemoteDocument { try load(url) }
}

/// The contexts of `Standards/contexts`: the index is read once, each file parsed on first use and kept for the process.
final class BundledContexts: Sendable {
    static let shared = BundledContexts()

    /// Context URL → file name in `Standards/contexts`.
    let index: [String: String]
    let folder: URL?
    private let parsed = ReadMostly<[String: RemoteDocument]>([:])

    private init() {
        folder = Bundle.module.url(forResource: "Standards", withExtension: nil)?.appendingPathComponent("contexts")
        let entries = folder.flatMap { try? Data(contentsOf: $0.appendingPathComponent("index.json")) }
            .flatMap { try? JSON(parsing: $0) }?.objectValue ?? [:]
        index = entries.compactMapValues(\.stringValue)
    }

    /// True once the context at the URL has been parsed.
    func isCached(_ url: String) -> Bool { parsed.read { $0[url] != nil } }

    /// The parsed context for a bundled URL, or nil when the URL is not bundled; parsed under the lock, so once.
    func document(at url: String) throws(DocumentLoaderError) -> RemoteDocument? {
        guard let file = index[url], let folder else { return nil }
        if let cached = parsed.read({ $0[url] }) { return cached }
        let outcome: Result<RemoteDocument, DocumentLoaderError> = parsed.write { parsed in
            if let cached = parsed[url] { return .success(cached) }
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(file)) else {
                return .failure(.unreadable(url, reason: "the bundled file \(file) is missing"))
            }
            let json: JSON
            do throws(JSON.SyntaxError) { json = try JSON(parsing: data) } catch {
                return .failure(.notJSON(url, reason: error.reason))
            }
            let document = RemoteDocument(url: url, document: json)
            parsed[url] = document
            return .success(document)
        }
        return try outcome.get()
    }
}
