/// Why a key, a key encoding or a `did:key` could not be read.
public enum KeyError: Error, Equatable, Sendable, CustomStringConvertible {
    case multibase(MultibaseError)
    /// The multicodec prefix names a key type Cairn does not read.
    case unsupportedMulticodec(UInt64)
    /// The bytes end inside the multicodec prefix.
    case truncatedMulticodec
    case wrongLength(PublicKey.Kind, expected: Int, actual: Int)
    /// The bytes are not a point of the curve.
    case notOnCurve(PublicKey.Kind)
    /// An RSA key shorter than 2,048 bits (RFC 7518 §3.3 forbids them for RS256).
    case weakRSAKey(bits: Int)
    case badJWK(String)
    case unsupportedJWK(String)
    /// A private key where a public key belongs, or the other way round.
    case wrongKeyUse(String)
    case notDIDKey(String)

    public var description: String {
        switch self {
        case .multibase(let error): "\(error)"
        case .unsupportedMulticodec(let code):
            "a multikey of type 0x\(String(code, radix: 16)): Cairn reads Ed25519, P-256 and P-384 keys"
        case .truncatedMulticodec: "a multikey too short to name its key type"
        case .wrongLength(let kind, let expected, let actual):
            "an \(kind.rawValue) key of \(actual) bytes where \(expected) are needed"
        case .notOnCurve(let kind): "the key bytes are not a point of \(kind.rawValue)"
        case .weakRSAKey(let bits): "an RSA key of \(bits) bits: at least 2,048 are needed"
        case .badJWK(let reason): "a JSON Web Key that cannot be read: \(reason)"
        case .unsupportedJWK(let reason): "an unsupported JSON Web Key: \(reason)"
        case .wrongKeyUse(let reason): reason
        case .notDIDKey(let reason): "not a did:key Cairn can resolve: \(reason)"
        }
    }
}
