import CairnCore

/// Where pages find a version's uploaded image: nil when its design has none (no image, or only
/// the alt text of an imported design), so no broken `<img>` is drawn.
enum ImageURLs {
    /// The studio's URL of a version's image, for its designers.
    static func studio(_ microcredentialID: Microcredential.ID, _ version: MicrocredentialVersion) -> String? {
        version.design.image?.blob == nil ? nil : StudioEndpoints.image.path(microcredentialID, query: .version(version.number))
    }

    /// The public URL of a published or retired version's image.
    static func published(_ organization: String, _ slug: String, _ version: MicrocredentialVersion) -> String? {
        version.design.image?.blob == nil ? nil : CatalogEndpoints.image.path(organization, slug, version.number)
    }
}

/// Where pages find a version's attached files: blob → URL, for the files its design lists.
enum AttachmentURLs {
    /// The studio's URLs, for the version's designers.
    static func studio(_ microcredentialID: Microcredential.ID, _ version: MicrocredentialVersion) -> [String: String] {
        urls(version) { StudioEndpoints.attachment.path(microcredentialID, $0, query: .version(version.number)) }
    }

    /// The public URLs of a published or retired version's files.
    static func published(_ organization: String, _ slug: String, _ version: MicrocredentialVersion) -> [String: String] {
        urls(version) { CatalogEndpoints.attachment.path(organization, slug, version.number, $0) }
    }

    private static func urls(_ version: MicrocredentialVersion, _ url: (String) -> String) -> [String: String] {
        Dictionary(version.design.attachments.map { ($0.blob, url($0.blob)) }, uniquingKeysWith: { first, _ in first })
    }
}
