import Foundation

/// The `did:web` method (W3C CCG did:web Method Specification): a DID whose document is a JSON file
/// on a web site, `did:web:example.com` → `https://example.com/.well-known/did.json`.
///
/// Cairn fetches nothing itself: ``DIDWebResolver`` reads the document through the caller's function
/// (the command line's online mode uses libcurl with a timeout and a size limit).
public enum DIDWeb {
    /// The HTTPS URL of a `did:web` DID's document.
    ///
    /// Colons separate the host from path segments (`did:web:example.com:user:alice` →
    /// `https://example.com/user/alice/did.json`); a port is written percent-encoded
    /// (`example.com%3A3000`). Without a path the document is under `/.well-known/`.
    public static func documentURL(for did: String) throws(DIDResolutionError) -> String {
        let prefix = "did:web:"
        guard did.hasPrefix(prefix) else { throw .notDIDWeb(did) }
        let identifier = did.dropFirst(prefix.count)
        guard !identifier.isEmpty else { throw .badDID(did, reason: "it names no host") }
        guard !identifier.contains(where: { $0 == "#" || $0 == "?" || $0 == "/" }) else {
            throw .badDID(did, reason: "a DID has no “/”, “?” or “#”; give the DID without the key's fragment")
        }
        let segments = identifier.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains(where: \.isEmpty) else { throw .badDID(did, reason: "it has an empty host or path segment") }
        let host = try Self.host(segments[0], did: did)
        for segment in segments.dropFirst() where segment == "." || segment == ".." || !isPathSegment(segment) {
            throw .badDID(did, reason: "the path segment “\(segment)” is not allowed")
        }
        let path = segments.count == 1 ? "/.well-known" : "/" + segments.dropFirst().joined(separator: "/")
        return "https://" + host + path + "/did.json"
    }

    /// The host, with a percent-encoded port decoded; refuses IP addresses, user info and other encodings.
    private static func host(_ encoded: String, did: String) throws(DIDResolutionError) -> String {
        let parts = encoded.components(separatedBy: "%3A").flatMap { $0.components(separatedBy: "%3a") }
        guard parts.count <= 2 else { throw .badDID(did, reason: "the host has more than one port") }
        let name = parts[0].lowercased()
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !name.isEmpty, labels.allSatisfy({ label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }) else {
            throw .badDID(did, reason: "“\(parts[0])” is not a domain name")
        }
        guard !labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            throw .badDID(did, reason: "a did:web host is a domain name, not an IP address")
        }
        guard parts.count == 2 else { return name }
        guard let port = Int(parts[1]), (1...65_535).contains(port), parts[1].allSatisfy(\.isNumber) else {
            throw .badDID(did, reason: "“\(parts[1])” is not a port number")
        }
        return name + ":" + parts[1]
    }

    /// True for a path segment of unreserved characters, sub-delimiters and percent-encoded octets.
    private static func isPathSegment(_ segment: String) -> Bool {
        let bytes = Array(segment.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, Hex.decode(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self)) != nil else { return false }
                i += 3
                continue
            }
            let allowed = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                || "-._~!$&'()*+,;=@".utf8.contains(c)
            guard allowed else { return false }
            i += 1
        }
        return true
    }
}

/// Resolves `did:web` DIDs and their keys through a function the caller supplies to fetch a URL.
public struct DIDWebResolver: VerificationMethodResolving {
    /// Fetches the bytes at an HTTPS URL, or says why it could not (the network is the caller's).
    public typealias Fetch = @Sendable (_ url: String) throws(DIDResolutionError) -> [UInt8]

    /// The largest DID document read: 256 KB.
    public static let maximumDocumentSize = 256 << 10

    let fetch: Fetch

    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    /// The DID document of a `did:web` DID, checked to be that DID's.
    public func document(for did: String) throws(DIDResolutionError) -> DIDDocument {
        let url = try DIDWeb.documentURL(for: did)
        let bytes = try fetch(url)
        guard bytes.count <= Self.maximumDocumentSize else {
            throw .unreadable(url, reason: "the document is \(bytes.count) bytes, over the \(Self.maximumDocumentSize) Cairn reads")
        }
        let json: JSON
        do { json = try JSON(parsing: bytes) } catch { throw .unreadable(url, reason: error.description) }
        let document = try DIDDocument(json: json)
        guard document.id == did else { throw .wrongDocument(expected: did, actual: document.id) }
        return document
    }

    public func verificationMethod(_ id: String, purpose: String) throws(KeyResolutionError) -> VerificationMethod {
        let did = String(id.prefix { $0 != "#" && $0 != "?" })
        let document: DIDDocument
        do { document = try self.document(for: did) } catch {
            if case .fetchFailed = error { throw .unavailable("\(error)") }
            throw .refused("\(error)")
        }
        return try document.verificationMethod(id, for: purpose)
    }
}

/// Why a DID or its document could not be had.
public enum DIDResolutionError: Error, Equatable, Sendable, CustomStringConvertible {
    case notDIDWeb(String)
    /// The DID is not well formed for its method.
    case badDID(String, reason: String)
    /// The caller's fetch failed (no network, a timeout, an HTTP error): resolution is inconclusive.
    case fetchFailed(String, reason: String)
    /// What was fetched is not a DID document.
    case unreadable(String, reason: String)
    /// The document is another DID's.
    case wrongDocument(expected: String, actual: String)

    public var description: String {
        switch self {
        case .notDIDWeb(let did): "“\(did)” is not a did:web DID"
        case .badDID(let did, let reason): "“\(did)” is not a valid did:web DID: \(reason)"
        case .fetchFailed(let url, let reason): "the DID document at \(url) could not be fetched: \(reason)"
        case .unreadable(let url, let reason): "the DID document at \(url) cannot be read: \(reason)"
        case .wrongDocument(let expected, let actual): "the DID document fetched for \(expected) is that of \(actual)"
        }
    }
}
