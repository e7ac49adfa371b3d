import CairnCore
import CairnStore
import Foundation

/// The public catalog, for anyone, signed in or not: the organizations, each one's published
/// microcredentials (searched and filtered), a version's page and Achievement, and their files.
/// Drafts and pilots are never public.
public struct Catalog: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    var store: Store { installation.store }

    /// Every organization, by name: the home page of an installation with several.
    public func organizations() throws -> [Organization] {
        try store.organizations.all()
    }

    /// An organization and the stamp of its public pages: a text that changes whenever what they
    /// show can change (the organization's name; a version added, published or retired; a pathway
    /// published or retired), so a page
    /// rendered for one stamp can be served again while it holds. Safe in an `ETag` as it is.
    public struct Stamped: Sendable {
        public let organization: Organization
        public let stamp: String
    }

    /// The organization with this slug and its public pages' stamp: kept in memory for a moment
    /// (`PublicStamps`), else one read of three queries.
    ///
    /// - Throws: `CatalogError.organizationNotFound`.
    public func stamped(_ organizationSlug: String) throws -> Stamped {
        let found = try installation.publicStamps.stamped(organizationSlug) {
            try store.database.read { tx -> Stamped? in
                guard let organization = try store.organizations.fetch(slug: organizationSlug, in: tx) else { return nil }
                let versions = try store.microcredentials.publicStamp(organization: organization.id, in: tx)
                let pathways = try store.pathways.publicStamp(organization: organization.id, in: tx)
                return Stamped(organization: organization,
                               stamp: String(Crypto.sha256Hex(organization.name).prefix(16)) + "-" + versions + "-p" + pathways)
            }
        }
        guard let found else { throw CatalogError.organizationNotFound }
        return found
    }

    /// The organization with this slug.
    ///
    /// - Throws: `CatalogError.organizationNotFound`.
    public func organization(_ slug: String) throws -> Organization {
        guard let organization = try store.organizations.fetch(slug: slug) else { throw CatalogError.organizationNotFound }
        return organization
    }
}
