/// The image formats a microcredential's image may be, recognized by their first bytes, never by a name.
public enum ImageFormat: String, CaseIterable, Sendable {
    case png, jpeg, gif, webp

    /// How many leading bytes `init(sniffing:)` needs to tell every format apart.
    public static let headerLength = 12

    /// The format whose signature `header` (a file's first bytes) starts with; nil for anything else.
    ///
    /// PNG `89 50 4E 47 0D 0A 1A 0A`, JPEG `FF D8 FF`, GIF `GIF87a`/`GIF89a`, WebP `RIFF····WEBP`.
    public init?(sniffing header: [UInt8]) {
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            header.count >= offset + signature.count && Array(header[offset..<(offset + signature.count)]) == signature
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) {
            self = .gif
        } else if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) {
            self = .webp
        } else {
            return nil
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
