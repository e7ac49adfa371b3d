/// One uploaded file of an evidence item, by reference to the blob store.
public struct EvidenceFile: Codable, Hashable, Sendable {
    /// SHA-256 of the content, lowercase hex: the blob's address.
    public var sha256: String
    public var filename: String
    /// Detected from the content (magic bytes), not from the name.
    public var contentType: String
    public var size: Int64
    /// Seconds, when the file is a video whose length could be read.
    public var videoDurationSeconds: Double?
    public var posterSHA256: String?
    /// WebVTT captions the educator added.
    public var captionsSHA256: String?
    /// The educator confirmed that students shown have consent on file (videos).
    public var consentConfirmed: Bool

    public init(sha256: String, filename: String, contentType: String, size: Int64, videoDurationSeconds: Double? = nil,
                posterSHA256: String? = nil, captionsSHA256: String? = nil, consentConfirmed: Bool = false) {
        self.sha256 = sha256
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.videoDurationSeconds = videoDurationSeconds
        self.posterSHA256 = posterSHA256
        self.captionsSHA256 = captionsSHA256
        self.consentConfirmed = consentConfirmed
    }

    /// Whether the content is a video.
    public var isVideo: Bool { contentType.hasPrefix("video/") }

    /// The lowercase extension of the filename ("" when none).
    public var fileExtension: String {
        guard let dot = filename.lastIndex(of: "."), dot != filename.startIndex else { return "" }
        return filename[filename.index(after: dot)...].lowercased()
    }

    /// Every blob the file refers to: content, poster, captions.
    public var blobHashes: [String] { [sha256] + [posterSHA256, captionsSHA256].compactMap { $0 } }
}
