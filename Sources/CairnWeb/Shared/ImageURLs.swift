import CairnCore

/// Where pages find a version's uploaded image: nil when its design has none (no image, or only
/// the alt text of an imported design), so no broken `<img>` is drawn.
enum ImageURLs {
    /// The studio's URL of a version's image, for its designers.
    static func studio(_ microcredentialID: String, _ version: MicrocredentialVersion) -> String? {
        version.design.image?.blob == nil ? nil : Paths.studioImage(microcredentialID, version: version.number)
    }

    /// The public URL of a published or retired version's image.
    static func published(_ organization: String, _ slug: String, _ version: MicrocredentialVersion) -> String? {
        version.design.image?.blob == nil ? nil : Paths.versionImage(organization, slug, version.number)
    }
}
