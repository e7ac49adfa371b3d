import Foundation
import CairnCore

/// Reading pathways: one by id or address, a designer's list, the catalog's published pathways
/// with their components, and the pathways a microcredential belongs to.
///
/// However many pathways a list holds, it takes three queries: the pathways, their groups, and
/// their components with what the catalog shows of each microcredential.
extension PathwayRepository {
    public func fetch(_ id: Pathway.ID, in organizationID: Organization.ID) throws -> Pathway? {
        try database.read { try fetch(id, in: organizationID, in: $0) }
    }

    public func find(_ id: Pathway.ID, in organizationID: Organization.ID) throws -> Pathway {
        try database.read { try find(id, in: organizationID, in: $0) }
    }

    package func fetch(_ id: Pathway.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Pathway? {
        try entries(where: "organization_id = \(organizationID) AND id = \(id)", in: tx).first?.pathway
    }

    package func find(_ id: Pathway.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Pathway {
        guard let pathway = try fetch(id, in: organizationID, in: tx) else { throw DatabaseError.notFound("pathway") }
        return pathway
    }

    /// The pathway at an address, in any state (the caller decides who may see a draft).
    public func fetch(slug: String, in organizationID: Organization.ID) throws -> Pathway? {
        try database.read { tx in try entries(where: "organization_id = \(organizationID) AND slug = \(slug)", in: tx).first?.pathway }
    }

    public func find(slug: String, in organizationID: Organization.ID) throws -> Pathway {
        guard let pathway = try fetch(slug: slug, in: organizationID) else { throw DatabaseError.notFound("pathway") }
        return pathway
    }

    /// The organization's pathways in every state, or in one, by title: the designer's list.
    public func all(in organizationID: Organization.ID, state: PathwayState? = nil) throws -> [Pathway] {
        try database.read { tx in
            let filter: SQL = if let state { "organization_id = \(organizationID) AND state = \(state)" } else { "organization_id = \(organizationID)" }
            return try entries(where: filter, in: tx).map(\.pathway)
        }
    }

    /// The organization's published pathways by title, each with what the catalog shows of its components.
    public func catalog(organization organizationID: Organization.ID) throws -> [PathwayCatalogEntry] {
        try database.read { try catalog(organization: organizationID, in: $0) }
    }

    /// `catalog(organization:)` in the caller's transaction.
    package func catalog(organization organizationID: Organization.ID, in tx: any Connection) throws -> [PathwayCatalogEntry] {
        try entries(where: "organization_id = \(organizationID) AND state = 'published'", in: tx)
    }

    /// The pathway at an address, in any state, with what the catalog shows of its components.
    package func entry(slug: String, in organizationID: Organization.ID, in tx: any Connection) throws -> PathwayCatalogEntry? {
        try entries(where: "organization_id = \(organizationID) AND slug = \(slug)", in: tx).first
    }

    /// The pathway with this id, in any state, with what the catalog shows of its components.
    package func entry(_ id: Pathway.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> PathwayCatalogEntry? {
        try entries(where: "organization_id = \(organizationID) AND id = \(id)", in: tx).first
    }

    /// The published pathways a microcredential belongs to, whole, by title: those an award of it may complete.
    package func catalog(containing microcredentialID: Microcredential.ID, organization organizationID: Organization.ID,
                         in tx: any Connection) throws -> [PathwayCatalogEntry] {
        try entries(where: """
            organization_id = \(organizationID) AND state = 'published'
            AND id IN (SELECT pathway_id FROM pathway_components
                       WHERE organization_id = \(organizationID) AND microcredential_id = \(microcredentialID))
            """, in: tx)
    }

    /// A text that changes whenever the organization's published pathways can change (one published or
    /// retired), for the stamp of its public pages; in one query.
    package func publicStamp(organization organizationID: Organization.ID, in tx: any Connection) throws -> String {
        let row = try tx.queryOne("""
            SELECT COUNT(*) AS n, MAX(published_at) AS published, MAX(retired_at) AS retired
            FROM pathways WHERE organization_id = \(organizationID) AND state <> 'draft'
            """)
        let count: Int = try row?.get("n") ?? 0
        let published: Date? = try row?.get("published"), retired: Date? = try row?.get("retired")
        return [String(count), published.map { String($0.timeIntervalSince1970) } ?? "-",
                retired.map { String($0.timeIntervalSince1970) } ?? "-"].joined(separator: "-")
    }

    /// The published pathways a microcredential belongs to, by title: for its catalog page.
    public func pathways(containing microcredentialID: Microcredential.ID,
                         in organizationID: Organization.ID) throws -> [PathwayReference] {
        try database.read { try pathways(containing: microcredentialID, in: organizationID, in: $0) }
    }

    /// `pathways(containing:in:)` in the caller's transaction.
    package func pathways(containing microcredentialID: Microcredential.ID, in organizationID: Organization.ID,
                          in tx: any Connection) throws -> [PathwayReference] {
        try tx.query("""
            SELECT p.id, p.slug, p.title FROM pathway_components c JOIN pathways p ON p.id = c.pathway_id
            WHERE c.organization_id = \(organizationID) AND c.microcredential_id = \(microcredentialID) AND p.state = 'published'
            ORDER BY lower(p.title), p.slug
            """).map { PathwayReference(id: try $0.get("id"), slug: try $0.get("slug"), title: try $0.get("title")) }
    }

    /// The pathways matching a filter on the `pathways` table, by title, whole, in three queries.
    private func entries(where filter: SQL, in tx: any Connection) throws -> [PathwayCatalogEntry] {
        let rows = try tx.query("SELECT * FROM pathways WHERE \(filter) ORDER BY lower(title), slug, id")
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.get("id", as: Pathway.ID.self) }
        var groups: [Pathway.ID: [PathwayGroup]] = [:]
        for row in try tx.query("SELECT * FROM pathway_groups WHERE pathway_id IN (\(list: ids)) ORDER BY pathway_id, position") {
            groups[try row.get("pathway_id"), default: []].append(try row.pathwayGroup())
        }
        var components: [Pathway.ID: [Microcredential.ID: PathwayCatalogEntry.Component]] = [:]
        let componentRows = try tx.query("""
            SELECT c.pathway_id, c.group_position, c.microcredential_id, c.from_version, c.only_versions,
                   m.slug, v.title, v.number, v.credit_hours
            FROM pathway_components c JOIN microcredentials m ON m.id = c.microcredential_id
            LEFT JOIN microcredential_versions v ON v.microcredential_id = c.microcredential_id AND v.state = 'published'
                AND v.number = (SELECT max(p.number) FROM microcredential_versions p
                                WHERE p.microcredential_id = c.microcredential_id AND p.state = 'published')
            WHERE c.pathway_id IN (\(list: ids))
            ORDER BY c.pathway_id, c.group_position, c.position
            """)
        for row in componentRows {
            let pathwayID: Pathway.ID = try row.get("pathway_id")
            let position: Int = try row.get("group_position")
            let component = try row.pathwayComponent()
            guard let count = groups[pathwayID]?.count, position >= 1, position <= count else {
                throw DatabaseError(.typeMismatch, "pathway_components names a group its pathway does not have")
            }
            groups[pathwayID]?[position - 1].components.append(component)
            components[pathwayID, default: [:]][component.microcredentialID] = PathwayCatalogEntry.Component(
                microcredentialID: component.microcredentialID, slug: try row.get("slug"), title: try row.get("title"),
                versionNumber: try row.get("number"), creditHours: try row.get("credit_hours"))
        }
        return try rows.map { row in
            let id: Pathway.ID = try row.get("id")
            return PathwayCatalogEntry(pathway: try row.pathway(groups: groups[id] ?? []), components: components[id] ?? [:])
        }
    }
}
