import CairnApp

/// The public endpoints (their patterns, which credentials name, come from `PublicPaths`): the home page and, under `/o/:organization`, an organization's catalog
/// and its microcredentials' published versions.
enum CatalogEndpoints {
    static let home = Endpoint(.get, "/", access: .anyone)

    /// An organization's public pages, by its slug.
    static let organization = EndpointGroup(PublicPaths.organization, String.self, access: .anyone)
    static let catalog = organization.endpoint(.get, "/catalog")

    /// A microcredential's public page (its latest published version), by its slug.
    static let microcredential = organization.group(PublicPaths.microcredential, String.self)
    static let latest = microcredential.endpoint(.get)
    /// Where an educator enrolls.
    static let enroll = microcredential.endpoint(.post, "/enroll", access: .role(.educator))

    /// One published (or retired) version, by its number.
    static let version = microcredential.group(PublicPaths.version, Int.self)
    /// The version's page (HTML, or the Achievement JSON by content negotiation).
    static let versionPage = version.endpoint(.get)
    /// The version's Open Badges 3.0 `Achievement`, always JSON.
    static let achievement = version.endpoint(.get, "/achievement.json")
    static let image = version.endpoint(.get, "/image")
    /// A file the version's design lists, by its blob.
    static let attachment = version.endpoint(.get, "/attachments/:blob", String.self)
}
