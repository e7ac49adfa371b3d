/// A JSON Web Signature in compact serialization (RFC 7515 §7.1): `header.payload.signature`, each part
/// base64url without padding; the signature covers the ASCII text `header.payload` as it was received.
public struct CompactJWS: Sendable, Equatable {
    /// The protected header, e.g. `{"alg":"EdDSA","kid":"did:key:…#…"}`.
    public let header: JSON
    /// The payload bytes (for a JWT, JSON claims).
    public let payload: [UInt8]
    /// The signature bytes (for ECDSA, r ‖ s).
    public let signature: [UInt8]
    /// The bytes that were signed: the first two parts and the dot between them.
    public let signingInput: [UInt8]

    /// The longest token read: credentials with embedded images stay well under it.
    public static let maximumLength = 4 << 20

    /// Reads a compact JWS; the header must be a JSON object.
    public init(_ text: String) throws(JWSError) {
        let token = text.trimmingWhitespace
        guard token.utf8.count <= Self.maximumLength else { throw .tooLong(token.utf8.count) }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw parts.count == 5 ? .encrypted : .notCompact(parts: parts.count)
        }
        guard let headerBytes = Base64URL.decode(String(parts[0])) else { throw .badBase64URL("header") }
        guard let payload = Base64URL.decode(String(parts[1])) else { throw .badBase64URL("payload") }
        guard let signature = Base64URL.decode(String(parts[2])) else { throw .badBase64URL("signature") }
        guard let header = try? JSON(parsing: headerBytes), case .object = header else { throw .headerNotJSONObject }
        self.header = header
        self.payload = payload
        self.signature = signature
        signingInput = Array(parts[0].utf8) + [UInt8(ascii: ".")] + Array(parts[1].utf8)
    }

    /// The header's `alg`.
    public var algorithm: String? { header["alg"]?.stringValue }

    /// The payload as JSON, or nil if it is not JSON.
    public var payloadJSON: JSON? { try? JSON(parsing: payload) }

    /// Checks the signature with `key`, after checking that the header's `alg` is one Cairn accepts and
    /// is the one this key signs with.
    public func verify(with key: PublicKey) throws(ProofFailure) {
        let kind = try Self.keyKind(for: algorithm)
        guard kind == key.kind else {
            throw .algorithmRefused("the header says \(algorithm ?? "") but the key is \(key.kind.rawValue), which signs \(key.kind.jwsAlgorithm)")
        }
        if let critical = header["crit"] {
            let names = critical.asList.compactMap(\.stringValue).joined(separator: ", ")
            throw .malformed("the header marks as critical parameters Cairn does not understand: \(names)")
        }
        guard key.verify(signature, for: signingInput) else {
            throw .signatureMismatch("the token was changed after signing, or the key did not sign it")
        }
    }

    /// The kind of key an `alg` signs with: EdDSA (and its fully specified name Ed25519), ES256, ES384,
    /// RS256. `none` and the HMAC algorithms are refused; any other is unsupported (inconclusive).
    public static func keyKind(for algorithm: String?) throws(ProofFailure) -> PublicKey.Kind {
        switch algorithm {
        case "EdDSA"?, "Ed25519"?: return .ed25519
        case "ES256"?: return .p256
        case "ES384"?: return .p384
        case "RS256"?: return .rsa
        case nil: throw .malformed("the header has no “alg”")
        case let name? where name.lowercased() == "none":
            throw .algorithmRefused("“alg: \(name)” marks an unsigned token, which is never accepted")
        case let name? where name.hasPrefix("HS"):
            throw .algorithmRefused("\(name) is a shared-secret MAC, not a signature: checking it with an issuer's public key "
                                    + "would let anyone who knows that key forge tokens")
        case let name?:
            throw .unsupportedSuite("JWS “\(name)”")
        }
    }

    /// A compact JWS of `payload` signed with an Ed25519 key, the header's members in code point order.
    public static func sign(payload: JSON, header: JSON, with key: Ed25519PrivateKey) -> String {
        var members = header.objectValue ?? [:]
        members["alg"] = "EdDSA"
        let input = Base64URL.encode(Array(JSON.object(members).serialized.utf8)) + "."
            + Base64URL.encode(Array(payload.serialized.utf8))
        return input + "." + Base64URL.encode(key.sign(Array(input.utf8)))
    }
}

/// Why a text is not a compact JWS.
public enum JWSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not three dot-separated parts.
    case notCompact(parts: Int)
    /// Five parts: an encrypted token (JWE), which is not a signed credential.
    case encrypted
    /// A part is not unpadded base64url.
    case badBase64URL(String)
    case headerNotJSONObject
    case tooLong(Int)

    public var description: String {
        switch self {
        case .notCompact(let parts):
            "not a compact JWS: it has \(parts) part\(parts == 1 ? "" : "s") separated by dots, where a JWS has 3"
        case .encrypted: "an encrypted token (JWE): Cairn reads signed tokens (JWS) only"
        case .badBase64URL(let part): "the JWS \(part) is not unpadded base64url"
        case .headerNotJSONObject: "the JWS header is not a JSON object"
        case .tooLong(let length): "a token of \(length) bytes is longer than the \(CompactJWS.maximumLength) Cairn reads"
        }
    }
}
