/// The microcredential's image and its required alternative text.
public struct DesignImage: Codable, Hashable, Sendable {
    /// The sha256 hex of the uploaded image in the blob store; nil in design files (images are not exported).
    public var blob: String?
    /// What the image shows, for people who cannot see it; the checker requires it.
    public var alt: String

    /// The largest image accepted, in bytes (5 MB): enough for a sharp catalog picture.
    public static let maxBytes: Int64 = 5 << 20

    public init(blob: String? = nil, alt: String) {
        self.blob = blob
        self.alt = alt
    }
}
