/// JSON Web Keys (RFC 7517) for the keys credentials are signed with: OKP Ed25519 (RFC 8037),
/// EC P-256 and P-384, and RSA (RFC 7518 §6).
extension PublicKey {
    /// The public key a JWK describes; private members (`d`, …) are ignored.
    public init(jwk: JSON) throws(KeyError) {
        guard case .object = jwk else { throw .badJWK("it is not a JSON object") }
        guard let kty = jwk["kty"]?.stringValue else { throw .badJWK("no “kty”") }
        func member(_ name: String) throws(KeyError) -> [UInt8] {
            guard let text = jwk[name]?.stringValue else { throw .badJWK("no “\(name)”") }
            guard let bytes = Base64URL.decode(text) else { throw .badJWK("“\(name)” is not unpadded base64url") }
            return bytes
        }
        switch kty {
        case "OKP":
            let crv = jwk["crv"]?.stringValue ?? ""
            guard crv == "Ed25519" else { throw .unsupportedJWK("OKP curve “\(crv)”: only Ed25519 signs") }
            self = try .ed25519(member("x"))
        case "EC":
            let crv = jwk["crv"]?.stringValue ?? ""
            let curve: Kind
            switch crv {
            case "P-256": curve = .p256
            case "P-384": curve = .p384
            default: throw .unsupportedJWK("EC curve “\(crv)”: P-256 and P-384 are supported")
            }
            let (x, y) = (try member("x"), try member("y"))
            // RFC 7518 §6.2.1.2: each coordinate is the full size of the field, leading zeros kept.
            guard x.count == curve.coordinateSize, y.count == curve.coordinateSize else {
                throw .wrongLength(curve, expected: curve.coordinateSize, actual: x.count == curve.coordinateSize ? y.count : x.count)
            }
            self = try .ec(curve, point: [0x04] + x + y)
        case "RSA":
            self = try .rsa(modulus: member("n"), exponent: member("e"))
        default:
            throw .unsupportedJWK("key type “\(kty)”")
        }
    }

    /// The key as a public JWK (members in RFC 7638 order; no `kid`, `alg` or `use`).
    public var jwk: JSON {
        switch kind {
        case .ed25519:
            return ["kty": "OKP", "crv": "Ed25519", "x": .string(Base64URL.encode(bytes))]
        case .p256, .p384:
            let size = kind.coordinateSize
            let x = Array(bytes.dropFirst())
            let y = evp?.coordinate("qy", size: size) ?? []
            return ["kty": "EC", "crv": .string(kind.rawValue), "x": .string(Base64URL.encode(x)),
                    "y": .string(Base64URL.encode(y))]
        case .rsa:
            return ["kty": "RSA", "n": .string(Base64URL.encode(bytes)), "e": .string(Base64URL.encode(exponent))]
        }
    }
}
