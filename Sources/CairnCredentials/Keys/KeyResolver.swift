/// Finds the verification method a proof names, as allowed for the proof's purpose.
public protocol VerificationMethodResolving: Sendable {
    /// The method with this id (a DID URL or URL), listed by its controller for `purpose`
    /// (e.g. `assertionMethod`), or why it cannot be had.
    func verificationMethod(_ id: String, purpose: String) throws(KeyResolutionError) -> VerificationMethod
}

/// Why a verification method could not be had.
public enum KeyResolutionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Finding it would need the network or a loader the caller did not give: the check is inconclusive.
    case unavailable(String)
    /// It was found but cannot be used: unreadable, not listed for the purpose, or not its DID's.
    case refused(String)

    public var description: String {
        switch self {
        case .unavailable(let reason), .refused(let reason): reason
        }
    }
}

/// Cairn's key resolution: `did:key` built in, `did:web` when the caller gives a resolver that can fetch,
/// optionally the 1EdTech validator's `<URL>#<multikey>` convention, and any other DID or URL through the
/// caller's resolver. Without those, what needs the network is unavailable (inconclusive), never guessed.
public struct KeyResolver: VerificationMethodResolving {
    /// Accept `<issuer URL>#<multibase key>` as the key itself, controlled by the URL (the 1EdTech
    /// validator's convention). It proves only that whoever signed wrote the key into the credential,
    /// not that the URL's owner published it.
    public var allowKeyInFragment: Bool
    /// Resolves `did:web` keys (fetching through the caller's function); nil leaves them unavailable.
    public var didWeb: DIDWebResolver?
    /// Resolves what is neither `did:key`, `did:web` nor (when allowed) a key in a fragment; nil leaves the
    /// rest unavailable as needing the network.
    public var other: (any VerificationMethodResolving)?

    public init(allowKeyInFragment: Bool = false, didWeb: DIDWebResolver? = nil, other: (any VerificationMethodResolving)? = nil) {
        (self.allowKeyInFragment, self.didWeb, self.other) = (allowKeyInFragment, didWeb, other)
    }

    /// did:key only.
    public static let offline = KeyResolver()

    public func verificationMethod(_ id: String, purpose: String) throws(KeyResolutionError) -> VerificationMethod {
        if id.hasPrefix("did:key:") {
            // A did:key document lists its one key for every verification relationship.
            do { return try DIDKey.resolve(id) } catch { throw .refused("\(id): \(error)") }
        }
        if allowKeyInFragment, !id.hasPrefix("did:"), let hash = id.firstIndex(of: "#") {
            let fragment = String(id[id.index(after: hash)...])
            if fragment.hasPrefix("z"), let key = try? Multikey.publicKey(fragment) {
                return VerificationMethod(id: id, type: "Multikey", controller: String(id[..<hash]), publicKey: key)
            }
        }
        if id.hasPrefix("did:web:"), let didWeb { return try didWeb.verificationMethod(id, purpose: purpose) }
        if let other { return try other.verificationMethod(id, purpose: purpose) }
        if id.hasPrefix("did:web:") {
            throw .unavailable("\(id) is a did:web key, which is fetched from its web site, and fetching is not allowed")
        }
        throw .unavailable("\(id) is not a did:key, and Cairn fetches no other key without being allowed to")
    }
}
