/// The image formats a microcredential's image may be, recognized by their first bytes, never by a name.
public enum ImageFormat: String, CaseIterable, Sendable {
    case png, jpeg, gif, webp

    /// How many leading bytes `init(sniffing:)` needs to tell every format apart.
    public static let headerLength = 12

    /// The format whose signature `header` (a file's first bytes) starts with (`ContentFormat`); nil for anything else.
    ///
    /// PNG `89 50 4E 47 0D 0A 1A 0A`, JPEG `FF D8 FF`, GIF `GIF87a`/`GIF89a`, WebP `RIFF····WEBP`.
    public init?(sniffing header: [UInt8]) {
        switch ContentFormat(sniffing: header) {
        case .png: self = .png
        case .jpeg: self = .jpeg
        case .gif: self = .gif
        case .webp: self = .webp
        default: return nil
        }
    }

    /// The media type to serve it as.
    public var contentType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .webp: "image/webp"
        }
    }
}
