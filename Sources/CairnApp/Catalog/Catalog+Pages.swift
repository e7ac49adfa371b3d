import CairnCore
import CairnStore

/// The catalog's pages: the list with search and filters, a microcredential's page, a version's
/// page and its Achievement, and the files its design refers to; each in a fixed number of queries.
extension Catalog {
    /// The organization's catalog as found: the microcredentials (best match first) and every subject used, for the filter.
    public struct ListPage: Sendable {
        public let entries: [CatalogEntry]
        public let subjects: [String]
    }

    /// The catalog's page for a search (a query without any word to look for is ignored) and filters: one read of two queries.
    public func listPage(of organization: Organization, searching text: String, filters: CatalogFilters) throws -> ListPage {
        try store.database.read { tx in
            ListPage(entries: try store.microcredentials.catalog(organization: organization.id, query: text, filters: filters, in: tx),
                     subjects: try store.microcredentials.catalogSubjects(organization: organization.id, in: tx))
        }
    }

    /// A public version of a microcredential: published or retired.
    public struct VersionPage: Sendable {
        public let microcredential: Microcredential
        public let version: MicrocredentialVersion
        /// The number of the latest published version, when there is one (it may be this one).
        public let latestNumber: Int?
    }

    /// The microcredential's page: its latest published version, in one query.
    ///
    /// - Throws: `CatalogError.microcredentialNotFound` for an unknown slug or one without a published version.
    public func microcredentialPage(_ slug: String, of organization: Organization) throws -> VersionPage {
        let (microcredential, versions) = try publicVersions(slug, of: organization)
        guard let version = versions.last(where: { $0.state == .published }) else { throw CatalogError.microcredentialNotFound }
        return VersionPage(microcredential: microcredential, version: version, latestNumber: version.number)
    }

    /// A version's page, with the number of the latest published version, in one query.
    ///
    /// - Throws: what `publicVersion` throws.
    public func versionPage(_ slug: String, number: Int, of organization: Organization) throws -> VersionPage {
        let (microcredential, versions) = try publicVersions(slug, of: organization)
        return VersionPage(microcredential: microcredential, version: try Self.numbered(number, in: versions),
                           latestNumber: versions.last(where: { $0.state == .published })?.number)
    }

    /// A public version's Open Badges 3.0 `Achievement` as JSON-LD text (`AchievementDocument`), its ids on the public URL.
    ///
    /// - Throws: what `publicVersion` throws.
    public func achievement(_ slug: String, number: Int, of organization: Organization) throws -> String {
        let (microcredential, version) = try publicVersion(slug, number: number, of: organization)
        return AchievementDocument.json(version: version, microcredential: microcredential, organization: organization,
                                        baseURL: installation.configuration.baseURL).serialized
    }

    /// A public version's image.
    ///
    /// - Throws: what `publicVersion` throws; `CatalogError.fileNotFound` when it has no image.
    public func image(_ slug: String, number: Int, of organizationSlug: String) throws -> ServedDesignFile {
        let (_, version) = try publicVersion(slug, number: number, of: try organization(organizationSlug))
        guard let file = DesignFiles(installation: installation).image(of: version.design) else { throw CatalogError.fileNotFound }
        return file
    }

    /// A file a public version's design lists.
    ///
    /// - Throws: what `publicVersion` throws; `CatalogError.fileNotFound` for a blob the design does not list.
    public func attachment(_ blob: String, of slug: String, number: Int, of organizationSlug: String) throws -> ServedDesignFile {
        let (_, version) = try publicVersion(slug, number: number, of: try organization(organizationSlug))
        guard let file = DesignFiles(installation: installation).attachment(blob, of: version.design) else { throw CatalogError.fileNotFound }
        return file
    }

    /// The version with this number when it is public (published or retired).
    ///
    /// - Throws: `CatalogError.microcredentialNotFound` without any public version, `.versionNotFound` for
    ///   another number (drafts and pilots too).
    func publicVersion(_ slug: String, number: Int, of organization: Organization) throws -> (Microcredential, MicrocredentialVersion) {
        let (microcredential, versions) = try publicVersions(slug, of: organization)
        return (microcredential, try Self.numbered(number, in: versions))
    }

    /// The version with this number among a microcredential's public versions.
    private static func numbered(_ number: Int, in versions: [MicrocredentialVersion]) throws(CatalogError) -> MicrocredentialVersion {
        guard let version = versions.first(where: { $0.number == number }) else { throw .versionNotFound }
        return version
    }

    /// The microcredential with its public versions, oldest first.
    ///
    /// - Throws: `CatalogError.microcredentialNotFound` for an unknown slug, or one without any public version.
    private func publicVersions(_ slug: String, of organization: Organization) throws -> (Microcredential, [MicrocredentialVersion]) {
        guard let found = try store.database.read({ tx in
            try store.microcredentials.withPublicVersions(slug: slug, in: organization.id, in: tx)
        }) else { throw CatalogError.microcredentialNotFound }
        return found
    }
}
