/// Multibase text (a one-character prefix naming the base, then the encoded bytes), in the two
/// bases credentials use: base58btc (`z`) and base64url without padding (`u`).
public enum Multibase {
    /// A base that multibase names by its prefix.
    public enum Base: Character, Sendable, CaseIterable {
        case base58btc = "z"
        case base64url = "u"
    }

    /// The bytes as multibase text in `base`.
    public static func encode(_ bytes: some Collection<UInt8>, base: Base = .base58btc) -> String {
        switch base {
        case .base58btc: "z" + Base58.encode(bytes)
        case .base64url: "u" + Base64URL.encode(bytes)
        }
    }

    /// The bytes of multibase text in either base, with the base it used.
    public static func decode(_ text: String) throws(MultibaseError) -> (bytes: [UInt8], base: Base) {
        guard let first = text.first else { throw .empty }
        guard let base = Base(rawValue: first) else { throw .unsupportedBase(first) }
        let body = String(text.dropFirst())
        let bytes: [UInt8]? = switch base {
        case .base58btc: Base58.decode(body)
        case .base64url: Base64URL.decode(body)
        }
        guard let bytes else { throw .badCharacters(base) }
        return (bytes, base)
    }
}

/// Why a multibase value could not be read.
public enum MultibaseError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unsupportedBase(Character)
    case badCharacters(Multibase.Base)

    public var description: String {
        switch self {
        case .empty: "an empty multibase value"
        case .unsupportedBase(let prefix):
            "a multibase value with prefix “\(prefix)”: only base58btc (“z”) and base64url (“u”) are supported"
        case .badCharacters(.base58btc): "a multibase “z” value that is not base58btc (or is too long)"
        case .badCharacters(.base64url): "a multibase “u” value that is not unpadded base64url"
        }
    }
}
