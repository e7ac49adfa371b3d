import CairnCore
import CairnStore
import Foundation

/// The catalog's pages: the list with search and filters, a microcredential's page, a version's
/// page and its Achievement, and the files its design refers to; each in a fixed number of queries.
extension Catalog {
    /// The organization's catalog as found: the microcredentials (best match first), every subject
    /// used, for the filter, and the published pathways with, for an educator, their standing on each.
    public struct ListPage: Sendable {
        public let entries: [CatalogEntry]
        public let subjects: [String]
        /// The published pathways by title (whatever the search), each with its components.
        public let pathways: [PathwayCatalogEntry]
        /// The viewing educator's standing on each pathway, by pathway; empty for anyone else.
        public let standings: [Pathway.ID: PathwayStanding]
        /// The viewing educator's standing with each microcredential they hold or have started; empty for anyone else.
        public let microcredentialStandings: [Microcredential.ID: MicrocredentialStanding]
    }

    /// The catalog's page for a search (a query without any word to look for is ignored) and filters:
    /// one read of five queries, and four more for an educator of the organization (their progress on
    /// the pathways, what they hold and what they have started).
    public func listPage(of organization: Organization, searching text: String, filters: CatalogFilters,
                         viewer: Member? = nil) throws -> ListPage {
        let signedInEducator = educator(viewer, of: organization)
        let now = installation.clock()
        return try store.database.read { tx in
            let pathways = try store.pathways.catalog(organization: organization.id, in: tx)
            let standings = try signedInEducator.map {
                try PathwayStanding.standings(of: $0.person.id, on: pathways, in: organization.id, store: store, in: tx)
            } ?? []
            return ListPage(entries: try store.microcredentials.catalog(organization: organization.id, query: text, filters: filters, in: tx),
                            subjects: try store.microcredentials.catalogSubjects(organization: organization.id, in: tx),
                            pathways: pathways,
                            standings: Dictionary(standings.map { ($0.entry.pathway.id, $0) }) { first, _ in first },
                            microcredentialStandings: try signedInEducator.map { try educatorStandings(of: $0, at: now, in: tx) } ?? [:])
        }
    }

    /// A public version of a microcredential: published or retired.
    public struct VersionPage: Sendable {
        public let microcredential: Microcredential
        public let version: MicrocredentialVersion
        /// The number of the latest published version, when there is one (it may be this one).
        public let latestNumber: Int?
        /// The published pathways the microcredential belongs to, by title.
        public let pathways: [PathwayReference]
        /// The viewer's standing with the microcredential, on its own page when they are an educator of the organization.
        public var standing: MicrocredentialStanding? = nil
    }

    /// The microcredential's page: its latest published version and the pathways it belongs to, in one read of two
    /// queries, and two more for an educator of the organization (the award they hold, or the enrollment they started).
    ///
    /// - Throws: `CatalogError.microcredentialNotFound` for an unknown slug or one without a published version.
    public func microcredentialPage(_ slug: String, of organization: Organization, viewer: Member? = nil) throws -> VersionPage {
        let signedInEducator = educator(viewer, of: organization)
        let now = installation.clock()
        let (microcredential, versions, pathways, standing) = try publicVersionsAndPathways(slug, of: organization) { microcredential, tx in
            try signedInEducator.map { try educatorStanding(of: $0, with: microcredential, at: now, in: tx) }
        }
        guard let version = versions.last(where: { $0.state == .published }) else { throw CatalogError.microcredentialNotFound }
        return VersionPage(microcredential: microcredential, version: version, latestNumber: version.number, pathways: pathways,
                           standing: standing)
    }

    /// The educator's standing with the microcredential, in two queries.
    private func educatorStanding(of educator: Member, with microcredential: Microcredential, at now: Date,
                                  in tx: any Connection) throws -> MicrocredentialStanding {
        let organizationID = educator.organization.id
        return MicrocredentialStanding(
            award: try store.reviews.standingAward(of: educator.person.id, for: microcredential.id, in: organizationID, at: now, in: tx),
            openEnrollment: try store.enrollments.openEnrollment(of: educator.person.id, for: microcredential.id, isPilot: false,
                                                                 in: organizationID, in: tx))
    }

    /// The educator's standing with each microcredential they hold or have started, in two queries whatever their number.
    private func educatorStandings(of educator: Member, at now: Date, in tx: any Connection) throws
        -> [Microcredential.ID: MicrocredentialStanding] {
        let organizationID = educator.organization.id
        let awards = try store.reviews.standingAwards(of: educator.person.id, in: organizationID, at: now, in: tx)
        let open = try store.enrollments.openEnrollments(of: educator.person.id, isPilot: false, in: organizationID, in: tx)
        var standings: [Microcredential.ID: MicrocredentialStanding] = [:]
        for id in Set(awards.keys).union(open.keys) {
            standings[id] = MicrocredentialStanding(award: awards[id], openEnrollment: open[id])
        }
        return standings
    }

    /// A version's page, with the number of the latest published version and the pathways the
    /// microcredential belongs to, in one read of two queries.
    ///
    /// - Throws: what `publicVersion` throws.
    public func versionPage(_ slug: String, number: Int, of organization: Organization) throws -> VersionPage {
        let (microcredential, versions, pathways, _) = try publicVersionsAndPathways(slug, of: organization) { _, _ in nil }
        return VersionPage(microcredential: microcredential, version: try Self.numbered(number, in: versions),
                           latestNumber: versions.last(where: { $0.state == .published })?.number, pathways: pathways)
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

    /// The microcredential with its public versions, oldest first, the published pathways it belongs to, and
    /// what `viewer` reads of it in the same transaction.
    ///
    /// - Throws: `CatalogError.microcredentialNotFound` for an unknown slug, or one without any public version.
    private func publicVersionsAndPathways(
        _ slug: String, of organization: Organization,
        viewer: (Microcredential, any Connection) throws -> MicrocredentialStanding?
    ) throws -> (Microcredential, [MicrocredentialVersion], [PathwayReference], MicrocredentialStanding?) {
        typealias Found = (Microcredential, [MicrocredentialVersion], [PathwayReference], MicrocredentialStanding?)
        guard let found = try store.database.read({ tx -> Found? in
            guard let (microcredential, versions) = try store.microcredentials.withPublicVersions(slug: slug, in: organization.id, in: tx) else {
                return nil
            }
            return (microcredential, versions, try store.pathways.pathways(containing: microcredential.id, in: organization.id, in: tx),
                    try viewer(microcredential, tx))
        }) else { throw CatalogError.microcredentialNotFound }
        return found
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
