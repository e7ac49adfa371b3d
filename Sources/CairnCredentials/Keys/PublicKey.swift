/// A public key that checks signatures: Ed25519 (libsodium), ECDSA on P-256 or P-384 and RSA
/// PKCS #1 v1.5 (libcrypto).
///
/// Made only through its factories, which refuse a key of the wrong length, an EC point off its
/// curve and an RSA key under 2,048 bits; the libcrypto key is built once and shared.
public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
    /// The key's algorithm; for ECDSA, its curve.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case ed25519 = "Ed25519"
        case p256 = "P-256"
        case p384 = "P-384"
        case rsa = "RSA"

        /// The JWS `alg` that signs with this kind of key (RFC 7518, RFC 8037).
        public var jwsAlgorithm: String {
            switch self {
            case .ed25519: "EdDSA"
            case .p256: "ES256"
            case .p384: "ES384"
            case .rsa: "RS256"
            }
        }

        /// For an EC curve, the length of a coordinate (and of r and s) in bytes.
        var coordinateSize: Int {
            switch self {
            case .p256: 32
            case .p384: 48
            case .ed25519, .rsa: 0
            }
        }
    }

    public let kind: Kind
    /// Ed25519: the 32 key bytes; P-256 and P-384: the SEC1 compressed point (33 or 49 bytes);
    /// RSA: the modulus, big-endian without leading zeros.
    public let bytes: [UInt8]
    /// RSA: the public exponent, big-endian; empty for other kinds.
    public let exponent: [UInt8]
    /// The libcrypto key, for ECDSA and RSA.
    let evp: EVPKey?

    /// An Ed25519 public key from its 32 bytes.
    public static func ed25519(_ bytes: [UInt8]) throws(KeyError) -> PublicKey {
        guard bytes.count == 32 else { throw .wrongLength(.ed25519, expected: 32, actual: bytes.count) }
        return PublicKey(kind: .ed25519, bytes: bytes, exponent: [], evp: nil)
    }

    /// A P-256 or P-384 public key from a SEC1 point, compressed (`02`/`03` ‖ x) or not (`04` ‖ x ‖ y).
    public static func ec(_ curve: Kind, point: [UInt8]) throws(KeyError) -> PublicKey {
        let size = curve.coordinateSize
        guard size > 0 else { throw .unsupportedJWK("\(curve.rawValue) is not an EC curve") }
        let compressed: [UInt8]
        switch point.first {
        case 0x02, 0x03:
            guard point.count == size + 1 else { throw .wrongLength(curve, expected: size + 1, actual: point.count) }
            compressed = point
        case 0x04:
            guard point.count == 2 * size + 1 else { throw .wrongLength(curve, expected: 2 * size + 1, actual: point.count) }
            compressed = [0x02 | (point[2 * size] & 1)] + point[1...size]
        default:
            throw .notOnCurve(curve)
        }
        let evp = try EVPKey(curve: curve, point: point)
        return PublicKey(kind: curve, bytes: compressed, exponent: [], evp: evp)
    }

    /// An RSA public key from its modulus and exponent (big-endian); at least 2,048 bits.
    public static func rsa(modulus: [UInt8], exponent: [UInt8]) throws(KeyError) -> PublicKey {
        let n = Array(modulus.drop { $0 == 0 })
        let e = Array(exponent.drop { $0 == 0 })
        guard !e.isEmpty else { throw .badJWK("an RSA exponent of zero") }
        let bits = n.isEmpty ? 0 : n.count * 8 - n[0].leadingZeroBitCount
        guard bits >= 2048 else { throw .weakRSAKey(bits: bits) }
        let evp = try EVPKey(rsaModulus: n, exponent: e)
        return PublicKey(kind: .rsa, bytes: n, exponent: e, evp: evp)
    }

    /// True when `signature` is this key's signature of `message`.
    ///
    /// Ed25519 signs the message itself; ECDSA hashes it with SHA-256 on P-256 and SHA-384 on
    /// P-384 and takes the signature as r ‖ s, each the curve's size (the JWS and Data Integrity
    /// form, not DER); RSA is PKCS #1 v1.5 with SHA-256.
    public func verify(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        switch kind {
        case .ed25519:
            return Ed25519.verify(signature, for: message, publicKey: bytes)
        case .p256, .p384:
            guard signature.count == 2 * kind.coordinateSize,
                  let der = EVPKey.derSignature(raw: signature) else { return false }
            return evp?.verify(der, for: message, digest: kind == .p256 ? .sha256 : .sha384) ?? false
        case .rsa:
            return evp?.verify(signature, for: message, digest: .sha256) ?? false
        }
    }

    public var description: String {
        kind == .rsa ? "RSA-\(bytes.count * 8 - (bytes.first?.leadingZeroBitCount ?? 0)) public key"
            : "\(kind.rawValue) public key \(Hex.encode(bytes))"
    }

    public static func == (a: PublicKey, b: PublicKey) -> Bool {
        a.kind == b.kind && a.bytes == b.bytes && a.exponent == b.exponent
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(bytes)
        hasher.combine(exponent)
    }
}
