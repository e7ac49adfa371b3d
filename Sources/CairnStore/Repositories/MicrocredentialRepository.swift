import Foundation
import CairnCore

/// Microcredentials and their versions; every lookup is within one organization.
///
/// A version's design is stored as JSON text (`DesignFile.encodeDesign`). Once a version has left
/// draft its design never changes: this repository refuses (`LifecycleError.notADraft`) and a
/// database trigger refuses too, whatever the SQL. Each write also keeps the catalog's filter
/// columns and search index in step with the design.
public struct MicrocredentialRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    static let versionColumns = """
        v.id, v.microcredential_id, v.number, v.state, v.design_json, v.change_note, v.created_at, \
        v.pilot_started_at, v.published_at, v.retired_at
        """
    static let microcredentialColumns = """
        m.id AS m_id, m.organization_id AS m_organization_id, m.slug AS m_slug, m.created_at AS m_created_at, \
        m.created_by AS m_created_by
        """
    /// Versions joined to their microcredential, for filtering by organization.
    static let versionSelect = SQL(raw: """
        SELECT \(versionColumns), \(microcredentialColumns)
        FROM microcredential_versions v JOIN microcredentials m ON m.id = v.microcredential_id
        """)

    // MARK: Creating

    /// Adds a microcredential and its version 1, a draft of the design; returns the version.
    ///
    /// - Throws: `DatabaseError` `.constraint` for an invalid slug, `.uniqueViolation` for a slug
    ///   already used in the organization.
    @discardableResult
    package func create(_ microcredential: Microcredential, design: Design, in tx: any Connection) throws -> MicrocredentialVersion {
        guard Microcredential.isValidSlug(microcredential.slug) else {
            throw DatabaseError(.constraint, "the slug is not valid: 2–63 lowercase letters, digits and inner hyphens")
        }
        try tx.execute("""
            INSERT INTO microcredentials (id, organization_id, slug, created_at, created_by)
            VALUES (\(microcredential.id), \(microcredential.organizationID), \(microcredential.slug), \(microcredential.createdAt),
                    \(microcredential.createdBy))
            """)
        let version = MicrocredentialVersion(microcredentialID: microcredential.id, number: 1, design: design,
                                             createdAt: microcredential.createdAt)
        try insert(version, in: tx)
        return version
    }

    @discardableResult
    public func create(_ microcredential: Microcredential, design: Design) throws -> MicrocredentialVersion {
        try database.write { try create(microcredential, design: design, in: $0) }
    }

    /// Opens the next draft from a version that has left draft: its design, number one above the
    /// microcredential's highest, with a change note. A pilot revised this way is retired in the
    /// same transaction; a published version stays in the catalog until its successor is published.
    ///
    /// - Throws: `LifecycleError.cannotReviseADraft` from a draft, `.draftAlreadyExists` when the
    ///   microcredential has a draft already; `DatabaseError.notFound` outside the organization.
    @discardableResult
    public func createNextDraft(from versionID: MicrocredentialVersion.ID, changeNote: String?, at now: Date,
                                in organizationID: Organization.ID) throws -> MicrocredentialVersion {
        try database.write { tx in
            let source = try findVersion(versionID, in: organizationID, in: tx)
            let versions = try self.versions(of: source.microcredentialID, in: organizationID, in: tx)
            if source.state != .draft, let draft = versions.last(where: { $0.state == .draft }) {
                throw LifecycleError.draftAlreadyExists(number: draft.number)
            }
            let next = try source.nextDraft(number: (versions.map(\.number).max() ?? 0) + 1, changeNote: changeNote, at: now)
            try insert(next, in: tx)
            // A pilot being revised is over: its report stays, the new draft takes it from there.
            if source.state == .pilot {
                var ended = source
                try ended.transition(to: .retired, at: now, check: .clean)
                try saveTransition(ended, in: organizationID, in: tx)
            }
            return next
        }
    }

    /// Makes a new microcredential (version 1, a draft) from a copy of another version's design in
    /// the same organization, optionally retitled.
    public func duplicate(_ sourceVersionID: MicrocredentialVersion.ID, as microcredential: Microcredential,
                          title: String? = nil) throws -> MicrocredentialVersion {
        try database.write { tx in
            var design = try findVersion(sourceVersionID, in: microcredential.organizationID, in: tx).design
            if let title { design.title = title }
            return try create(microcredential, design: design, in: tx)
        }
    }

    // MARK: Changing

    /// Saves a draft's design and change note.
    ///
    /// - Throws: `LifecycleError.notADraft` when the stored version has left draft;
    ///   `DatabaseError.notFound` when it is not in the organization.
    ///
    /// - Parameter basedOn: the design the change was made from; when the stored design is no longer
    ///   that one (someone else saved meanwhile), nothing is saved and `LifecycleError.draftChangedMeanwhile`
    ///   is thrown, so two people editing one draft never silently undo each other's work.
    public func saveDraft(_ version: MicrocredentialVersion, basedOn previous: Design? = nil,
                          in organizationID: Organization.ID) throws {
        try database.write { tx in
            let stored = try findVersion(version.id, in: organizationID, in: tx)
            guard stored.state == .draft else { throw LifecycleError.notADraft(stored.state) }
            if let previous, stored.design != previous { throw LifecycleError.draftChangedMeanwhile }
            guard version.state == .draft else { throw LifecycleError.illegalTransition(from: .draft, to: version.state) }
            let design = version.design
            try tx.execute("""
                UPDATE microcredential_versions
                SET design_json = \(Self.json(design)), change_note = \(version.changeNote), title = \(design.title),
                    estimated_hours = \(design.estimatedHours), credit_hours = \(design.creditHours)
                WHERE id = \(version.id) AND state = 'draft'
                """)
            try writeIndex(version, in: tx)
        }
    }

    /// Saves a version's new state and times, after `MicrocredentialVersion.transition` moved it.
    ///
    /// The stored state must be able to move to the new one, and piloting or publishing needs the
    /// stored design to pass the checker; the design itself is never written here.
    public func transition(_ version: MicrocredentialVersion, in organizationID: Organization.ID) throws {
        try database.write { tx in try saveTransition(version, in: organizationID, in: tx) }
    }

    /// Moves a version to another state at a time, checking its design: one transaction.
    ///
    /// Publishing retires the earlier published versions in the same transaction.
    ///
    /// - Throws: `LifecycleError` when the move is illegal or the design has checker errors.
    @discardableResult
    public func transition(_ versionID: MicrocredentialVersion.ID, to state: LifecycleState, at now: Date,
                           in organizationID: Organization.ID) throws -> MicrocredentialVersion {
        try database.write { tx in
            var version = try findVersion(versionID, in: organizationID, in: tx)
            try version.transition(to: state, at: now, check: DesignChecker.check(version.design))
            try saveTransition(version, in: organizationID, in: tx)
            // A newly published version supersedes the earlier published ones: they are retired (their
            // pages and Achievements stay for those who earned them), so retiring the new one later
            // takes the microcredential out of the catalog instead of bringing an old version back.
            if state == .published {
                for var earlier in try versions(of: version.microcredentialID, in: organizationID, in: tx)
                where earlier.state == .published && earlier.number < version.number {
                    try earlier.transition(to: .retired, at: now, check: .clean)
                    try saveTransition(earlier, in: organizationID, in: tx)
                }
            }
            return version
        }
    }

    private func saveTransition(_ version: MicrocredentialVersion, in organizationID: Organization.ID, in tx: any Connection) throws {
        let stored = try findVersion(version.id, in: organizationID, in: tx)
        guard stored.state.canMove(to: version.state) else {
            throw LifecycleError.illegalTransition(from: stored.state, to: version.state)
        }
        if version.state == .pilot || version.state == .published {
            let errors = DesignChecker.check(stored.design).errors
            guard errors.isEmpty else { throw LifecycleError.designHasErrors(count: errors.count) }
        }
        let changed = try tx.execute("""
            UPDATE microcredential_versions
            SET state = \(version.state), pilot_started_at = \(version.pilotStartedAt), published_at = \(version.publishedAt),
                retired_at = \(version.retiredAt)
            WHERE id = \(version.id) AND state = \(stored.state)
            """)
        guard changed == 1 else { throw DatabaseError.notFound("microcredential version") }
    }

    // MARK: Finding

    public func fetch(_ id: Microcredential.ID, in organizationID: Organization.ID) throws -> Microcredential? {
        try database.read { tx in try fetch(id, in: organizationID, in: tx) }
    }

    package func fetch(_ id: Microcredential.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> Microcredential? {
        try tx.queryOne("SELECT * FROM microcredentials WHERE id = \(id) AND organization_id = \(organizationID)")?.microcredential()
    }

    public func find(_ id: Microcredential.ID, in organizationID: Organization.ID) throws -> Microcredential {
        guard let microcredential = try fetch(id, in: organizationID) else { throw DatabaseError.notFound("microcredential") }
        return microcredential
    }

    /// A text that changes whenever what the organization's public pages show can change: a
    /// version added, published or retired (published versions never change otherwise).
    public func publicStamp(organization organizationID: Organization.ID) throws -> String {
        try database.read { try publicStamp(organization: organizationID, in: $0) }
    }

    /// `publicStamp(organization:)` in the caller's transaction.
    package func publicStamp(organization organizationID: Organization.ID, in tx: any Connection) throws -> String {
        let row = try tx.queryOne("""
            SELECT COUNT(*) AS n, MAX(v.published_at) AS published, MAX(v.retired_at) AS retired
            FROM microcredential_versions v JOIN microcredentials m ON m.id = v.microcredential_id
            WHERE m.organization_id = \(organizationID)
            """)
        let count: Int = try row?.get("n") ?? 0
        let published: Date? = try row?.get("published")
        let retired: Date? = try row?.get("retired")
        return [String(count), published.map { String($0.timeIntervalSince1970) } ?? "-",
                retired.map { String($0.timeIntervalSince1970) } ?? "-"].joined(separator: "-")
    }

    public func fetch(slug: String, in organizationID: Organization.ID) throws -> Microcredential? {
        try database.read { tx in
            try tx.queryOne("SELECT * FROM microcredentials WHERE slug = \(slug) AND organization_id = \(organizationID)")?.microcredential()
        }
    }

    public func find(slug: String, in organizationID: Organization.ID) throws -> Microcredential {
        guard let microcredential = try fetch(slug: slug, in: organizationID) else { throw DatabaseError.notFound("microcredential") }
        return microcredential
    }

    package func fetchVersion(_ id: MicrocredentialVersion.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> MicrocredentialVersion? {
        try tx.queryOne(Self.versionSelect + " WHERE v.id = \(id) AND m.organization_id = \(organizationID)")?.microcredentialVersion()
    }

    public func fetchVersion(_ id: MicrocredentialVersion.ID, in organizationID: Organization.ID) throws -> MicrocredentialVersion? {
        try database.read { try fetchVersion(id, in: organizationID, in: $0) }
    }

    package func findVersion(_ id: MicrocredentialVersion.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> MicrocredentialVersion {
        guard let version = try fetchVersion(id, in: organizationID, in: tx) else { throw DatabaseError.notFound("microcredential version") }
        return version
    }

    public func findVersion(_ id: MicrocredentialVersion.ID, in organizationID: Organization.ID) throws -> MicrocredentialVersion {
        try database.read { try findVersion(id, in: organizationID, in: $0) }
    }

    /// A version by its number (`/versions/3`).
    public func fetchVersion(number: Int, of microcredentialID: Microcredential.ID,
                             in organizationID: Organization.ID) throws -> MicrocredentialVersion? {
        try database.read { tx in
            try tx.queryOne(Self.versionSelect + """
                 WHERE v.microcredential_id = \(microcredentialID) AND v.number = \(number) AND m.organization_id = \(organizationID)
                """)?.microcredentialVersion()
        }
    }

    package func versions(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID,
                         in tx: any Connection) throws -> [MicrocredentialVersion] {
        try tx.query(Self.versionSelect + """
             WHERE v.microcredential_id = \(microcredentialID) AND m.organization_id = \(organizationID) ORDER BY v.number
            """).map { try $0.microcredentialVersion() }
    }

    /// Every version of a microcredential, oldest first.
    public func versions(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> [MicrocredentialVersion] {
        try database.read { try versions(of: microcredentialID, in: organizationID, in: $0) }
    }

    /// The highest-numbered draft, if the microcredential has one.
    public func latestDraft(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> MicrocredentialVersion? {
        try latest(.draft, of: microcredentialID, in: organizationID)
    }

    /// The highest-numbered published version: the one the catalog shows.
    public func latestPublished(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> MicrocredentialVersion? {
        try latest(.published, of: microcredentialID, in: organizationID)
    }

    private func latest(_ state: LifecycleState, of microcredentialID: Microcredential.ID,
                        in organizationID: Organization.ID) throws -> MicrocredentialVersion? {
        try database.read { tx in
            try tx.queryOne(Self.versionSelect + """
                 WHERE v.microcredential_id = \(microcredentialID) AND m.organization_id = \(organizationID) AND v.state = \(state)
                 ORDER BY v.number DESC LIMIT 1
                """)?.microcredentialVersion()
        }
    }

    /// The organization's microcredentials for the studio, by title: each with its latest version,
    /// optionally only those whose latest version is in a state.
    public func studio(organization organizationID: Organization.ID, state: LifecycleState? = nil) throws -> [StudioEntry] {
        try database.read { tx in
            let rows = try tx.query(Self.versionSelect + " WHERE m.organization_id = \(organizationID) ORDER BY m.id, v.number")
            var entries: [StudioEntry] = []
            var index = 0
            while index < rows.count {
                let microcredential = try rows[index].microcredential(prefix: "m_")
                var latest: MicrocredentialVersion?, published: Int?
                while index < rows.count, try rows[index].get("m_id", as: Microcredential.ID.self) == microcredential.id {
                    let version = try rows[index].microcredentialVersion()
                    latest = version
                    if version.state == .published { published = version.number }
                    index += 1
                }
                if let latest, state == nil || latest.state == state {
                    entries.append(StudioEntry(microcredential: microcredential, latest: latest, publishedNumber: published))
                }
            }
            return entries.sorted {
                ($0.latest.design.title.lowercased(), $0.microcredential.slug) < ($1.latest.design.title.lowercased(), $1.microcredential.slug)
            }
        }
    }

    // MARK: Writing a version and its index

    private func insert(_ version: MicrocredentialVersion, in tx: any Connection) throws {
        let design = version.design
        try tx.execute("""
            INSERT INTO microcredential_versions (id, microcredential_id, number, state, design_json, change_note, created_at,
                pilot_started_at, published_at, retired_at, title, estimated_hours, credit_hours)
            VALUES (\(version.id), \(version.microcredentialID), \(version.number), \(version.state), \(Self.json(design)),
                    \(version.changeNote), \(version.createdAt), \(version.pilotStartedAt), \(version.publishedAt), \(version.retiredAt),
                    \(design.title), \(design.estimatedHours), \(design.creditHours))
            """)
        try writeIndex(version, in: tx)
    }

    /// Replaces the version's filter tags and search text with what its design says.
    private func writeIndex(_ version: MicrocredentialVersion, in tx: any Connection) throws {
        let design = version.design
        try tx.execute("DELETE FROM microcredential_version_tags WHERE version_id = \(version.id)")
        var keys: Set<String> = []
        for subject in design.subjects.map({ $0.trimmingCharacters(in: .whitespaces) }) where !subject.isEmpty {
            guard keys.insert(subject.lowercased()).inserted else { continue }
            try tx.execute("""
                INSERT INTO microcredential_version_tags (version_id, kind, value, value_key)
                VALUES (\(version.id), 'subject', \(subject), \(subject.lowercased()))
                """)
        }
        for band in Set(design.gradeBands).sorted() {
            try tx.execute("""
                INSERT INTO microcredential_version_tags (version_id, kind, value, value_key)
                VALUES (\(version.id), 'grade-band', \(band.rawValue), \(band.rawValue))
                """)
        }
        let subjects = design.subjects.joined(separator: ", ")
        let objectives = design.objectives.map(\.statement).joined(separator: "\n")
        switch tx.engine {
        case .sqlite:
            try tx.execute("DELETE FROM microcredential_search WHERE version_id = \(version.id)")
            try tx.execute("""
                INSERT INTO microcredential_search (version_id, title, summary, competency, subjects, objectives)
                VALUES (\(version.id), \(design.title), \(design.summary), \(design.competency), \(subjects), \(objectives))
                """)
        case .postgres:
            try tx.execute("""
                UPDATE microcredential_versions SET search =
                    setweight(to_tsvector('english', \(design.title)), 'A')
                    || setweight(to_tsvector('english', \(design.summary + "\n" + subjects)), 'B')
                    || setweight(to_tsvector('english', \(design.competency)), 'C')
                    || setweight(to_tsvector('english', \(objectives)), 'D')
                WHERE id = \(version.id)
                """)
        }
    }

    static func json(_ design: Design) -> String { String(decoding: DesignFile.encodeDesign(design), as: UTF8.self) }
}
