import Foundation
import CairnCore

/// The public catalog: the latest published version of each microcredential of one organization,
/// filtered and searched (SQLite FTS5 with porter stemming; PostgreSQL `websearch_to_tsquery('english', …)`).
extension MicrocredentialRepository {
    /// The organization's catalog: the latest published version of each microcredential, filtered,
    /// and, with a query, only those matching it, best match first (otherwise by title).
    ///
    /// The query reads like a web search: all words (stemmed: "discussion" finds "discussions"),
    /// `"a phrase"`, `or`, `-excluded`. Title matches weigh most, then summary, subjects,
    /// competency, objectives. A query without any word to look for is ignored.
    public func catalog(organization organizationID: Organization.ID, query: String? = nil,
                        filters: CatalogFilters = .none) throws -> [CatalogEntry] {
        try database.read { try catalog(organization: organizationID, query: query, filters: filters, in: $0) }
    }

    /// `catalog(organization:query:filters:)` in the caller's transaction.
    package func catalog(organization organizationID: Organization.ID, query: String?, filters: CatalogFilters,
                         in tx: any Connection) throws -> [CatalogEntry] {
        let search = query.flatMap(SearchQuery.init)
        var sql: SQL = "SELECT \(raw: Self.versionColumns), \(raw: Self.microcredentialColumns)"
        var order: SQL = " ORDER BY lower(v.title), m.slug"
        switch (search, tx.engine) {
        case (nil, _):
            sql = sql + " FROM microcredential_versions v JOIN microcredentials m ON m.id = v.microcredential_id"
        case (let search?, .sqlite):
            sql = sql + """
                 FROM microcredential_versions v JOIN microcredentials m ON m.id = v.microcredential_id
                JOIN (SELECT version_id, bm25(microcredential_search, 0.0, 10.0, 4.0, 2.0, 3.0, 1.0) AS rank
                      FROM microcredential_search WHERE microcredential_search MATCH \(search.fts5)) s ON s.version_id = v.id
                """
            order = " ORDER BY s.rank, lower(v.title), m.slug"
        case (_, .postgres):
            sql = sql + """
                 FROM microcredential_versions v JOIN microcredentials m ON m.id = v.microcredential_id
                CROSS JOIN websearch_to_tsquery('english', \(query ?? "")) q
                """
            order = " ORDER BY ts_rank(v.search, q) DESC, lower(v.title), m.slug"
        }
        sql = sql + """
             WHERE m.organization_id = \(organizationID) AND v.state = 'published'
              AND v.number = (SELECT max(p.number) FROM microcredential_versions p
                              WHERE p.microcredential_id = v.microcredential_id AND p.state = 'published')
            """
        if search != nil, tx.engine == .postgres { sql = sql + " AND v.search @@ q" }
        if let subject = filters.subject?.trimmingCharacters(in: .whitespaces), !subject.isEmpty {
            sql = sql + " AND EXISTS (SELECT 1 FROM microcredential_version_tags t WHERE t.version_id = v.id AND t.kind = 'subject' AND t.value_key = \(subject.lowercased()))"
        }
        if let band = filters.gradeBand {
            sql = sql + " AND EXISTS (SELECT 1 FROM microcredential_version_tags t WHERE t.version_id = v.id AND t.kind = 'grade-band' AND t.value_key = \(band.rawValue))"
        }
        if let maxHours = filters.maxHours { sql = sql + " AND v.estimated_hours <= \(maxHours)" }
        if let minCredit = filters.minCreditHours { sql = sql + " AND v.credit_hours >= \(minCredit)" }
        return try tx.query(sql + order).map {
            CatalogEntry(microcredential: try $0.microcredential(prefix: "m_"), version: try $0.microcredentialVersion())
        }
    }

    /// The subjects used by the organization's catalog (latest published versions), by name: for the subject filter.
    public func catalogSubjects(organization organizationID: Organization.ID) throws -> [String] {
        try database.read { try catalogSubjects(organization: organizationID, in: $0) }
    }

    /// `catalogSubjects(organization:)` in the caller's transaction.
    package func catalogSubjects(organization organizationID: Organization.ID, in tx: any Connection) throws -> [String] {
        let rows = try tx.query("""
            SELECT t.value_key, min(t.value) AS value FROM microcredential_version_tags t
            JOIN microcredential_versions v ON v.id = t.version_id
            JOIN microcredentials m ON m.id = v.microcredential_id
            WHERE m.organization_id = \(organizationID) AND t.kind = 'subject' AND v.state = 'published'
              AND v.number = (SELECT max(p.number) FROM microcredential_versions p
                              WHERE p.microcredential_id = v.microcredential_id AND p.state = 'published')
            GROUP BY t.value_key ORDER BY t.value_key
            """)
        return try rows.map { try $0.get("value", as: String.self) }
    }
}

extension MicrocredentialRepository {
    /// The microcredential at `slug` in the organization with its public versions (published and
    /// retired), oldest first, in one query; nil when it has none (or there is no such microcredential).
    package func withPublicVersions(slug: String, in organizationID: Organization.ID,
                                    in tx: any Connection) throws -> (Microcredential, [MicrocredentialVersion])? {
        let rows = try tx.query(Self.versionSelect + """
             WHERE m.slug = \(slug) AND m.organization_id = \(organizationID) AND v.state IN ('published', 'retired')
             ORDER BY v.number
            """)
        guard let first = rows.first else { return nil }
        return (try first.microcredential(prefix: "m_"), try rows.map { try $0.microcredentialVersion() })
    }
}
