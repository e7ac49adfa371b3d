/// What a file is, recognized by its first bytes (its magic number), never by its name.
///
/// The one sniffer for every file Cairn accepts: `ImageFormat` and `AttachmentFormat` narrow it
/// to what they allow, and uploaded evidence is labelled with it. ZIP-based Office files share
/// one signature and are told apart by the name's extension; plain text has no signature and is
/// UTF-8 without NUL bytes.
public enum ContentFormat: String, CaseIterable, Sendable {
    case png, jpeg, gif, webp
    case pdf, zip, docx, pptx, xlsx, legacyOffice
    case mp4, mov, m4a, webm, matroska
    case mp3, wav, ogg, flac
    case text

    /// How many leading bytes `init(sniffing:filename:)` looks at (text is judged on these).
    public static let headerLength = 8192

    /// The format whose signature `header` starts with; nil when it is none of them.
    ///
    /// `filename` only tells ZIP-based Office documents apart; it never makes a format.
    public init?(sniffing header: [UInt8], filename: String = "") {
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            header.count >= offset + signature.count && header[offset..<(offset + signature.count)].elementsEqual(signature)
        }
        func starts(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }

        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts("GIF87a") || starts("GIF89a") {
            self = .gif
        } else if starts("RIFF") && starts("WEBP", at: 8) {
            self = .webp
        } else if starts("RIFF") && starts("WAVE", at: 8) {
            self = .wav
        } else if starts("%PDF-") {
            self = .pdf
        } else if starts([0x50, 0x4B, 0x03, 0x04]) {
            switch Self.fileExtension(filename) {
            case "docx": self = .docx
            case "pptx": self = .pptx
            case "xlsx": self = .xlsx
            default: self = .zip
            }
        } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .legacyOffice
        } else if starts("ftyp", at: 4) {
            let brand = header.count >= 12 ? String(decoding: header[8..<12], as: UTF8.self) : ""
            switch brand {
            case "qt  ": self = .mov
            case "M4A ", "M4B ": self = .m4a
            default: self = .mp4
            }
        } else if starts([0x1A, 0x45, 0xDF, 0xA3]) {
            // EBML; the DocType element says which: "webm" or "matroska".
            self = header.prefix(64).firstRange(of: Array("webm".utf8)) != nil ? .webm : .matroska
        } else if starts("ID3") || (header.count >= 2 && header[0] == 0xFF && header[1] & 0xE0 == 0xE0) {
            self = .mp3
        } else if starts("OggS") {
            self = .ogg
        } else if starts("fLaC") {
            self = .flac
        } else if !header.isEmpty, Self.isText(header) {
            self = .text
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
        case .pdf: "application/pdf"
        case .zip: "application/zip"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .legacyOffice: "application/x-ole-storage"
        case .mp4: "video/mp4"
        case .mov: "video/quicktime"
        case .m4a: "audio/mp4"
        case .webm: "video/webm"
        case .matroska: "video/x-matroska"
        case .mp3: "audio/mpeg"
        case .wav: "audio/wav"
        case .ogg: "audio/ogg"
        case .flac: "audio/flac"
        case .text: "text/plain; charset=utf-8"
        }
    }

    /// Video, which may have a duration and a poster image.
    public var isVideo: Bool { [.mp4, .mov, .webm, .matroska].contains(self) }

    /// The media type of content whose first bytes are `header`; `application/octet-stream` when unknown.
    public static func contentType(sniffing header: [UInt8], filename: String = "") -> String {
        ContentFormat(sniffing: header, filename: filename)?.contentType ?? "application/octet-stream"
    }

    /// The lowercased extension of a file name, or "".
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// UTF-8 without NUL bytes; a multi-byte character cut off at the end of the header is allowed.
    static func isText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.contains(0) else { return false }
        for cut in 0...min(3, bytes.count) {
            let slice = bytes[0..<(bytes.count - cut)]
            if String(validating: slice, as: UTF8.self) != nil { return true }
            // Only a trailing, incomplete sequence may be dropped.
            if cut < 3, let last = bytes.dropLast(cut).last, last < 0x80 { return false }
        }
        return false
    }
}
