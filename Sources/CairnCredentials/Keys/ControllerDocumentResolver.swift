/// Resolves a verification method published at an HTTPS URL (`https://issuer.example/issuer#key-1`) as a
/// controller document: the URL before `#` is fetched through the caller's function, its `id` must be that
/// URL, and it must list the method for the purpose and control it.
public struct ControllerDocumentResolver: VerificationMethodResolving {
    /// Fetches the bytes at an HTTPS URL, or says why it could not (the network is the caller's).
    public typealias Fetch = DIDWebResolver.Fetch

    let fetch: Fetch

    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    public func verificationMethod(_ id: String, purpose: String) throws(KeyResolutionError) -> VerificationMethod {
        guard id.hasPrefix("https://"), let hash = id.firstIndex(of: "#") else {
            throw .refused("\(id) is not an https:// URL whose #fragment names a key of the document at that URL")
        }
        let url = String(id[..<hash])
        let bytes: [UInt8]
        do { bytes = try fetch(url) } catch {
            if case .fetchFailed = error { throw .unavailable("\(error)") }
            throw .refused("\(error)")
        }
        guard bytes.count <= DIDWebResolver.maximumDocumentSize else {
            throw .refused("the document at \(url) is \(bytes.count) bytes, over the \(DIDWebResolver.maximumDocumentSize) Cairn reads")
        }
        let json: JSON
        do { json = try JSON(parsing: bytes) } catch { throw .refused("the document at \(url) is not JSON: \(error.reason)") }
        guard json["id"]?.stringValue == url else {
            throw .refused("the document at \(url) names another id (\(json["id"]?.serialized ?? "none")), so it is not that URL's")
        }
        return try DIDDocument(controllerDocument: json, url: url).verificationMethod(id, for: purpose)
    }
}
