/// A credential as OB 3.0 bakes it into an image: the JSON of a credential with an embedded proof,
/// or the compact JWS of a VC-JWT, byte for byte as signed.
public enum BakedCredential: Equatable, Sendable {
    case json(String)
    case jwt(String)

    /// The text that goes into the image.
    public var text: String {
        switch self {
        case .json(let text), .jwt(let text): text
        }
    }

    /// Reads baked text as OB 3.0's extraction rules say: JSON when it starts with `{`, otherwise a compact JWS.
    init(reading text: String, in format: String) throws(BakingError) {
        let trimmed = text.trimmingWhitespace
        if trimmed.hasPrefix("{") {
            self = .json(text)
        } else if Self.isCompactJWS(trimmed) {
            self = .jwt(trimmed)
        } else {
            throw .malformedCredential("the credential in the \(format) is neither JSON nor a compact JWS")
        }
        try check(in: format)
    }

    /// Refuses JSON that does not parse and a JWT that is not three base64url parts.
    func check(in format: String) throws(BakingError) {
        switch self {
        case .json(let text):
            do throws(JSON.SyntaxError) { _ = try JSON(parsing: text) } catch {
                throw .malformedCredential("the credential in the \(format) is not JSON: \(error.reason)")
            }
        case .jwt(let text):
            guard Self.isCompactJWS(text) else {
                throw .malformedCredential("the VC-JWT for the \(format) is not a compact JWS (three base64url parts joined by dots)")
            }
        }
    }

    /// Three base64url parts joined by dots (the payload of a detached JWS may be empty).
    static func isCompactJWS(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[2].isEmpty else { return false }
        return parts.allSatisfy { $0.utf8.allSatisfy(Self.isBase64URL) }
    }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}

/// Why a credential could not be read from, or baked into, an image.
public enum BakingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are neither a PNG nor an SVG.
    case notAnImage
    /// The bytes do not start with the PNG signature.
    case notPNG
    /// The PNG's chunks are not well formed (the reason says which and where).
    case malformedPNG(String)
    /// The bytes are not a well-formed SVG document (libxml2's reason, with its line).
    case malformedSVG(String)
    /// The SVG declares an entity; Cairn neither fetches nor expands entities in badge images.
    case entityDeclared(String)
    /// The image holds no baked credential.
    case noCredential(String)
    /// The baked credential is there but cannot be used.
    case malformedCredential(String)
    /// The image is larger than the limit given.
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .notAnImage: "neither a PNG nor an SVG image, the two formats OB 3.0 bakes credentials into"
        case .notPNG: "not a PNG image: the file does not start with the PNG signature"
        case .malformedPNG(let reason): "a broken PNG image: \(reason)"
        case .malformedSVG(let reason): "not a well-formed SVG image: \(reason)"
        case .entityDeclared(let name):
            "the SVG declares the entity “\(name)”; Cairn neither fetches nor expands entities in badge images"
        case .noCredential(let reason): reason
        case .malformedCredential(let reason): reason
        case .tooLarge(let limit): "the image is larger than \(limit) bytes, the most Cairn reads"
        }
    }
}
