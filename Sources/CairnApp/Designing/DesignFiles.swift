import CairnCore
import CairnStore

/// A file a design refers to (its image or an attachment), ready to send: where its bytes are, its
/// type, and, for an attachment, the name it downloads as.
public struct ServedDesignFile: Sendable, Equatable {
    public let path: String
    public let contentType: String
    /// The attachment's name as the design gives it; nil for the image.
    public let filename: String?
}

/// Finds a design's files in the blob store, for the studio and the catalog.
struct DesignFiles {
    let installation: Installation

    /// The design's uploaded image, typed by its first bytes; nil without one, or when the bytes are
    /// missing or not an image Cairn accepts.
    func image(of design: Design) -> ServedDesignFile? {
        guard let hex = design.image?.blob, let id = BlobReference.ID(hex), let path = installation.blobs.path(for: id),
              let format = ImageFormat(sniffing: FileHeader.read(atPath: path, count: ImageFormat.headerLength))
        else { return nil }
        return ServedDesignFile(path: path, contentType: format.contentType, filename: nil)
    }

    /// The file the design lists with this blob, typed as recognized when uploaded; nil when it lists none or the bytes are missing.
    func attachment(_ blob: String, of design: Design) -> ServedDesignFile? {
        guard let attachment = design.attachments.first(where: { $0.blob == blob }),
              let id = BlobReference.ID(blob), let path = installation.blobs.path(for: id)
        else { return nil }
        return ServedDesignFile(path: path, contentType: attachment.contentType, filename: attachment.filename)
    }
}
