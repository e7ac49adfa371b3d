/// A key a DID document lists to check its controller's signatures.
public struct VerificationMethod: Sendable, Hashable {
    /// The method's DID URL, e.g. `did:key:z6Mk…#z6Mk…`.
    public let id: String
    /// Its type, e.g. `Multikey`.
    public let type: String
    /// The DID that controls the key.
    public let controller: String
    public let publicKey: PublicKey

    public init(id: String, type: String, controller: String, publicKey: PublicKey) {
        (self.id, self.type, self.controller, self.publicKey) = (id, type, controller, publicKey)
    }
}

/// The `did:key` method (W3C CCG did:key v0.7): the DID is the public key itself, in multikey
/// form, so resolving it needs no network. Ed25519, P-256 and P-384 keys.
public enum DIDKey {
    /// The verification method of a `did:key` DID or DID URL.
    ///
    /// A DID URL's fragment must be the key's own multibase value (the only method a did:key
    /// document has); the method's controller is the DID.
    public static func resolve(_ didURL: String) throws(KeyError) -> VerificationMethod {
        let prefix = "did:key:"
        guard didURL.hasPrefix(prefix) else { throw .notDIDKey("“\(didURL)” does not begin with did:key:") }
        let rest = didURL.dropFirst(prefix.count)
        let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let multibase = String(parts[0])
        guard !multibase.isEmpty, !multibase.contains(where: { $0 == ":" || $0 == "/" || $0 == "?" || $0 == ";" }) else {
            throw .notDIDKey("“\(didURL)” has no key or has a path, query or version")
        }
        guard multibase.first == "z" else { throw .notDIDKey("the key of a did:key is base58btc (“z…”)") }
        if parts.count == 2, parts[1] != parts[0] {
            throw .notDIDKey("the fragment “#\(parts[1])” is not the key's own (“#\(multibase)”)")
        }
        let key = try Multikey.publicKey(multibase)
        let did = prefix + multibase
        return VerificationMethod(id: did + "#" + multibase, type: "Multikey", controller: did, publicKey: key)
    }

    /// The `did:key` DID of a public key; nil for RSA.
    public static func did(for key: PublicKey) -> String? {
        Multikey.encode(key).map { "did:key:" + $0 }
    }

    /// The verification method of the `did:key` DID of a public key; nil for RSA.
    public static func verificationMethod(for key: PublicKey) -> VerificationMethod? {
        guard let multibase = Multikey.encode(key) else { return nil }
        let did = "did:key:" + multibase
        return VerificationMethod(id: did + "#" + multibase, type: "Multikey", controller: did, publicKey: key)
    }
}
