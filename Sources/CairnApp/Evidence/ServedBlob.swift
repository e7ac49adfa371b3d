import CairnCore

/// What a blob is to the evidence referring to it: a file's content, its poster or its captions.
public struct ServedBlob: Equatable, Sendable {
    public let contentType: String
    public let filename: String

    /// Types a browser shows in the page; anything else is downloaded.
    static let inlineTypes: Set<String> = ["image/png", "image/jpeg", "image/gif", "image/webp", "text/vtt"]

    /// Whether the browser may show it in place (media, and captions) rather than download it.
    public var isInline: Bool {
        let type = contentType.split(separator: ";").first.map { String($0).lowercased() } ?? ""
        return type.hasPrefix("video/") || type.hasPrefix("audio/") || Self.inlineTypes.contains(type)
    }

    /// The blob `hash` as the first item file referring to it presents it; nil when none does.
    public init?(_ hash: String, in items: [EvidenceItem]) {
        for file in items.flatMap(\.files) {
            let stem = file.filename.split(separator: ".").dropLast().joined(separator: ".")
            let base = stem.isEmpty ? file.filename : stem
            if file.sha256 == hash {
                (contentType, filename) = (file.contentType, file.filename)
            } else if file.posterSHA256 == hash {
                (contentType, filename) = ("image/jpeg", base + "-poster.jpg")
            } else if file.captionsSHA256 == hash {
                (contentType, filename) = ("text/vtt; charset=utf-8", base + ".vtt")
            } else {
                continue
            }
            return
        }
        return nil
    }
}
