import Foundation
import CairnCore

/// Pathways of one organization: a designer's drafts, publishing and retiring; reading them is in
/// `PathwayRepository+Reading.swift`, an educator's awards for progress in `PathwayRepository+Progress.swift`.
///
/// A pathway, its groups and its components are written together in one transaction, and only a
/// draft's are ever rewritten. A draft may name any microcredential of the organization; publishing
/// needs each to be in the catalog with a version its pin admits (`Pathway.problems(publishing:catalog:)`).
public struct PathwayRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    // MARK: Drafts

    /// Adds a pathway as a draft, with its groups and components.
    ///
    /// - Throws: `PathwayRefusal` with every problem of the draft (`Pathway.problems(publishing: false)`,
    ///   then an address another pathway has, then components that are not the organization's
    ///   microcredentials), nothing saved; `PathwayError.notADraft` for a pathway that is not a draft.
    public func create(_ pathway: Pathway) throws {
        try database.write { tx in try create(pathway, in: tx) }
    }

    /// `create(_:)` in the caller's transaction.
    package func create(_ pathway: Pathway, in tx: any Connection) throws {
        guard pathway.state == .draft else { throw PathwayError.notADraft(pathway.state) }
        try refuseProblems(of: pathway, in: tx)
        try tx.execute("""
            INSERT INTO pathways (id, organization_id, slug, title, summary, is_ordered, state, created_at, created_by,
                                  published_at, retired_at)
            VALUES (\(pathway.id), \(pathway.organizationID), \(pathway.slug), \(pathway.title), \(pathway.summary),
                    \(pathway.isOrdered), \(pathway.state), \(pathway.createdAt), \(pathway.createdBy), NULL, NULL)
            """)
        try insertGroups(of: pathway, in: tx)
    }

    /// Saves a draft's address, title, summary, order and groups; its groups are replaced whole.
    ///
    /// - Throws: `PathwayError.notADraft` when the stored pathway has left draft; `PathwayRefusal`
    ///   as `create(_:)` does, nothing saved; `DatabaseError.notFound` outside the organization.
    public func saveDraft(_ pathway: Pathway) throws {
        try database.write { tx in
            let stored = try state(of: pathway.id, in: pathway.organizationID, in: tx)
            guard stored == .draft else { throw PathwayError.notADraft(stored) }
            guard pathway.state == .draft else { throw PathwayError.illegalTransition(from: .draft, to: pathway.state) }
            try refuseProblems(of: pathway, in: tx)
            try tx.execute("""
                UPDATE pathways SET slug = \(pathway.slug), title = \(pathway.title), summary = \(pathway.summary),
                    is_ordered = \(pathway.isOrdered)
                WHERE id = \(pathway.id) AND organization_id = \(pathway.organizationID) AND state = 'draft'
                """)
            try tx.execute("DELETE FROM pathway_components WHERE pathway_id = \(pathway.id)")
            try tx.execute("DELETE FROM pathway_groups WHERE pathway_id = \(pathway.id)")
            try insertGroups(of: pathway, in: tx)
        }
    }

    // MARK: Publishing and retiring

    /// Publishes a draft after checking it as publishing does, against the catalog as it is now.
    ///
    /// - Throws: `PathwayError.hasProblems` with what to fix (a microcredential no longer published,
    ///   a pin no published version meets …), `.illegalTransition` when it is not a draft;
    ///   `DatabaseError.notFound` outside the organization.
    @discardableResult
    public func publish(_ id: Pathway.ID, at now: Date, in organizationID: Organization.ID) throws -> Pathway {
        try database.write { tx in
            var pathway = try find(id, in: organizationID, in: tx)
            let catalog = try publishedVersions(of: pathway.microcredentialIDs, in: organizationID, in: tx)
            try pathway.transition(to: .published, at: now, catalog: catalog)
            try saveState(of: pathway, from: .draft, in: tx)
            return pathway
        }
    }

    /// Takes a published pathway out of the catalog; the credentials of those who completed it stay.
    ///
    /// - Throws: `PathwayError.illegalTransition` when it is not published; `DatabaseError.notFound` outside the organization.
    @discardableResult
    public func retire(_ id: Pathway.ID, at now: Date, in organizationID: Organization.ID) throws -> Pathway {
        try database.write { tx in
            var pathway = try find(id, in: organizationID, in: tx)
            try pathway.transition(to: .retired, at: now)
            try saveState(of: pathway, from: .published, in: tx)
            return pathway
        }
    }

    // MARK: Writing

    private func state(of id: Pathway.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> PathwayState {
        guard let row = try tx.queryOne("SELECT state FROM pathways WHERE id = \(id) AND organization_id = \(organizationID)") else {
            throw DatabaseError.notFound("pathway")
        }
        return try row.get("state")
    }

    private func saveState(of pathway: Pathway, from previous: PathwayState, in tx: any Connection) throws {
        let changed = try tx.execute("""
            UPDATE pathways SET state = \(pathway.state), published_at = \(pathway.publishedAt), retired_at = \(pathway.retiredAt)
            WHERE id = \(pathway.id) AND organization_id = \(pathway.organizationID) AND state = \(previous)
            """)
        guard changed == 1 else { throw DatabaseError.notFound("pathway") }
    }

    /// Refuses a draft with problems: its own, an address taken, microcredentials not the organization's.
    private func refuseProblems(of pathway: Pathway, in tx: any Connection) throws {
        var problems = pathway.problems(publishing: false)
        if !problems.contains(.slugInvalid), try tx.queryOne("""
            SELECT 1 AS taken FROM pathways WHERE organization_id = \(pathway.organizationID) AND slug = \(pathway.slug) AND id <> \(pathway.id)
            """) != nil {
            problems.insert(.slugTaken, at: 0)
        }
        let ids = pathway.microcredentialIDs
        let known = Set(try tx.query("""
            SELECT id FROM microcredentials WHERE organization_id = \(pathway.organizationID) AND id IN (\(list: ids.map(\.rawValue)))
            """).map { try $0.get("id", as: Microcredential.ID.self) })
        for (g, group) in pathway.groups.enumerated() {
            for (c, component) in group.components.enumerated() where !known.contains(component.microcredentialID) {
                problems.append(.notInCatalog(group: g + 1, component: c + 1))
            }
        }
        guard problems.isEmpty else { throw PathwayRefusal(problems: problems) }
    }

    private func insertGroups(of pathway: Pathway, in tx: any Connection) throws {
        for (g, group) in pathway.groups.enumerated() {
            let count: Int? = if case .nOf(let n) = group.rule { n } else { nil }
            try tx.execute("""
                INSERT INTO pathway_groups (pathway_id, position, title, rule, required_count)
                VALUES (\(pathway.id), \(g + 1), \(group.title), \(group.rule.kind), \(count))
                """)
            for (c, component) in group.components.enumerated() {
                let (from, only) = Self.columns(of: component.versions)
                try tx.execute("""
                    INSERT INTO pathway_components (pathway_id, group_position, position, organization_id, microcredential_id,
                                                    from_version, only_versions)
                    VALUES (\(pathway.id), \(g + 1), \(c + 1), \(pathway.organizationID), \(component.microcredentialID), \(from), \(only))
                    """)
            }
        }
    }

    /// For each of these microcredentials the catalog shows now, the numbers of the versions it has
    /// published (retired ones included): what publishing checks the pins against.
    package func publishedVersions(of microcredentialIDs: [Microcredential.ID], in organizationID: Organization.ID,
                                   in tx: any Connection) throws -> [Microcredential.ID: Set<Int>] {
        let rows = try tx.query("""
            SELECT v.microcredential_id, v.number, v.state FROM microcredential_versions v
            JOIN microcredentials m ON m.id = v.microcredential_id
            WHERE m.organization_id = \(organizationID) AND v.microcredential_id IN (\(list: microcredentialIDs.map(\.rawValue)))
              AND v.published_at IS NOT NULL
            """)
        var numbers: [Microcredential.ID: Set<Int>] = [:], inCatalog: Set<Microcredential.ID> = []
        for row in rows {
            let id: Microcredential.ID = try row.get("microcredential_id")
            numbers[id, default: []].insert(try row.get("number"))
            if try row.get("state", as: LifecycleState.self) == .published { inCatalog.insert(id) }
        }
        return numbers.filter { inCatalog.contains($0.key) }
    }

    /// A pin as its two columns: `from_version`, or `only_versions` ("1,3"); both NULL for any version.
    static func columns(of pin: VersionPin?) -> (from: Int?, only: String?) {
        switch pin {
        case nil: (nil, nil)
        case .from(let first): (first, nil)
        case .only(let numbers): (nil, numbers.sorted().map(String.init).joined(separator: ","))
        }
    }
}
