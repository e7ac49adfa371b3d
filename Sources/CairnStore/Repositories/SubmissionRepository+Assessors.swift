import Foundation
import CairnCore

/// A microcredential an assessor may review, named by its published version's title.
public struct AssessedMicrocredential: Sendable, Hashable {
    public let id: Microcredential.ID
    public let title: String

    public init(id: Microcredential.ID, title: String) {
        self.id = id
        self.title = title
    }
}

/// Who assesses what, read from the assessor assignments.
extension SubmissionRepository {
    /// The people who may assess a microcredential: assigned to it, or to every microcredential of the organization.
    public func assessors(of microcredentialID: Microcredential.ID, in organizationID: Organization.ID) throws -> [Person.ID] {
        try database.read { tx in
            try tx.query("""
                SELECT DISTINCT person_id FROM assessor_assignments
                WHERE organization_id = \(organizationID) AND microcredential_id IN (\(microcredentialID.rawValue), '*')
                ORDER BY person_id
                """).map { try $0.get("person_id") }
        }
    }

    /// The published microcredentials a person may assess, by title.
    public func assessedMicrocredentials(by personID: Person.ID, in organizationID: Organization.ID) throws -> [AssessedMicrocredential] {
        try database.read { try assessedMicrocredentials(by: personID, in: organizationID, in: $0) }
    }

    /// `assessedMicrocredentials(by:in:)` in the caller's transaction.
    package func assessedMicrocredentials(by personID: Person.ID, in organizationID: Organization.ID,
                                          in tx: any Connection) throws -> [AssessedMicrocredential] {
        do {
            let rows = try tx.query("""
                SELECT m.id AS id, v.title AS title FROM microcredentials m JOIN microcredential_versions v ON v.microcredential_id = m.id
                WHERE m.organization_id = \(organizationID) AND v.state = 'published'
                AND EXISTS (SELECT 1 FROM assessor_assignments a WHERE a.organization_id = m.organization_id AND a.person_id = \(personID)
                            AND a.microcredential_id IN (m.id, '*'))
                ORDER BY v.title, m.id, v.number DESC
                """)
            var seen = Set<Microcredential.ID>()
            return try rows.compactMap { row in
                let id: Microcredential.ID = try row.get("id")
                guard seen.insert(id).inserted else { return nil }
                return AssessedMicrocredential(id: id, title: try row.get("title"))
            }
        }
    }
}

/// Who assesses what, as admins set it.
extension SubmissionRepository {
    /// Every assignment of the organization: person → the microcredential ids they assess ("*": every one).
    public func assignments(in organizationID: Organization.ID) throws -> [Person.ID: Set<String>] {
        try database.read { tx in
            var assignments: [Person.ID: Set<String>] = [:]
            for row in try tx.query("SELECT person_id, microcredential_id FROM assessor_assignments WHERE organization_id = \(organizationID)") {
                assignments[try row.get("person_id"), default: []].insert(try row.get("microcredential_id"))
            }
            return assignments
        }
    }

    /// Replaces what a person assesses: every microcredential of the organization (`all`), or the
    /// given ones (none: nothing), in one transaction.
    ///
    /// - Throws: `DatabaseError.notFound` when a microcredential is not the organization's (nothing changes).
    public func setAssignments(of personID: Person.ID, all: Bool, microcredentials: Set<Microcredential.ID>,
                               in organizationID: Organization.ID) throws {
        try database.write { tx in
            for id in microcredentials {
                guard try tx.queryOne("SELECT 1 AS one FROM microcredentials WHERE id = \(id) AND organization_id = \(organizationID)") != nil
                else { throw DatabaseError.notFound("microcredential") }
            }
            try tx.execute("DELETE FROM assessor_assignments WHERE organization_id = \(organizationID) AND person_id = \(personID)")
            for target in all ? ["*"] : microcredentials.map(\.rawValue).sorted() {
                try tx.execute("""
                    INSERT INTO assessor_assignments (organization_id, person_id, microcredential_id) VALUES (\(organizationID), \(personID), \(target))
                    """)
            }
        }
    }
}
