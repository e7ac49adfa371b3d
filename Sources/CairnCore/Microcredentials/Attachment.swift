/// A file attached to a design's resources (a handout, a research summary, a template), stored as a blob.
public struct Attachment: Codable, Hashable, Sendable {
    /// The sha256 hex of the file in the blob store; it also names the attachment within its design.
    public var blob: String
    /// The name to download it as, with the extension of its format.
    public var filename: String
    /// The media type its content was recognized as.
    public var contentType: String
    /// In bytes.
    public var size: Int64

    /// The largest file accepted, in bytes (20 MB).
    public static let maxBytes: Int64 = 20 << 20
    /// The most files one design may attach.
    public static let maxCount = 20

    public init(blob: String, filename: String, contentType: String, size: Int64) {
        self.blob = blob
        self.filename = filename
        self.contentType = contentType
        self.size = size
    }
}
