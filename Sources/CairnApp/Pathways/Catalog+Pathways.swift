import CairnCore
import CairnStore
import Foundation

/// The catalog's pathways: a pathway's public page, with the progress of the educator viewing it.
extension Catalog {
    /// A published (or retired) pathway's page.
    public struct PathwayPage: Sendable {
        /// The pathway, with what the catalog shows of each component.
        public let entry: PathwayCatalogEntry
        /// The viewer's standing, when they are an educator of the organization.
        public let standing: PathwayStanding?
    }

    /// A pathway's public page in one read: three queries, and two more for an educator's progress.
    ///
    /// - Throws: `PathwayError.notFound` for an unknown address or a draft.
    public func pathwayPage(_ slug: String, of organization: Organization, viewer: Member?) throws -> PathwayPage {
        try store.database.read { tx in
            guard let entry = try store.pathways.entry(slug: slug, in: organization.id, in: tx), entry.pathway.state != .draft else {
                throw PathwayError.notFound
            }
            let standing = try educator(viewer, of: organization).map { member in
                try PathwayStanding.standings(of: member.person.id, on: [entry], in: organization.id, store: store, in: tx).first
            } ?? nil
            return PathwayPage(entry: entry, standing: standing)
        }
    }

    /// The viewer when they are a signed-in educator of the organization.
    func educator(_ viewer: Member?, of organization: Organization) -> Member? {
        guard let viewer, viewer.organization.id == organization.id, viewer.has(.educator) else { return nil }
        return viewer
    }
}
