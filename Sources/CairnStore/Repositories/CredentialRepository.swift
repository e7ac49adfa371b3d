import CairnCore
import Foundation

extension CredentialStatus: DatabaseValueConvertible {}

/// The credentials Cairn issued, with their status and its history.
public struct CredentialRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Saves a newly issued credential in the caller's transaction.
    package func insert(_ credential: IssuedCredential, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO credentials (id, organization_id, educator_id, award_id, microcredential_id, pathway_id, name, status_index, document,
                                     issued_at, valid_until, status, status_reason, status_changed_at, is_shared, replaces_id)
            VALUES (\(credential.id), \(credential.organizationID), \(credential.educatorID), \(credential.awardID),
                    \(credential.microcredentialID), \(credential.pathwayID), \(credential.name), \(credential.statusIndex), \(credential.document),
                    \(credential.issuedAt), \(credential.validUntil), \(credential.status), \(credential.statusReason),
                    \(credential.statusChangedAt), \(credential.isShared), \(credential.replacesID))
            """)
    }

    /// A credential by its id, whichever organization issued it (its public page names it by id alone).
    public func find(_ id: IssuedCredential.ID) throws -> IssuedCredential? {
        try database.read { tx in try find(id, in: tx) }
    }

    package func find(_ id: IssuedCredential.ID, in tx: any Connection) throws -> IssuedCredential? {
        try tx.queryOne("SELECT * FROM credentials WHERE id = \(id)").map(Self.credential)
    }

    /// The credential issued to correct this one, if any.
    public func replacement(of id: IssuedCredential.ID) throws -> IssuedCredential.ID? {
        try database.read { tx in try tx.queryOne("SELECT id FROM credentials WHERE replaces_id = \(id)")?.get("id") }
    }

    /// The credentials an award was recorded in, newest first (a correction adds one).
    public func credentials(forAward awardID: Award.ID) throws -> [IssuedCredential] {
        try database.read { tx in
            try tx.query("SELECT * FROM credentials WHERE award_id = \(awardID) ORDER BY issued_at DESC, id").map(Self.credential)
        }
    }

    /// An educator's credentials from one organization, newest first.
    public func credentials(of educatorID: Person.ID, in organizationID: Organization.ID) throws -> [IssuedCredential] {
        try database.read { tx in try credentials(of: educatorID, in: organizationID, in: tx) }
    }

    package func credentials(of educatorID: Person.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> [IssuedCredential] {
        try tx.query("""
            SELECT * FROM credentials WHERE organization_id = \(organizationID) AND educator_id = \(educatorID)
            ORDER BY issued_at DESC, id
            """).map(Self.credential)
    }

    /// The organization's credentials, newest first, with the educator's name, a page at a time.
    public func credentials(in organizationID: Organization.ID, limit: Int, offset: Int) throws -> [(IssuedCredential, educatorName: String)] {
        try database.read { tx in
            try tx.query("""
                SELECT c.*, p.display_name AS educator_name FROM credentials c JOIN people p ON p.id = c.educator_id
                WHERE c.organization_id = \(organizationID)
                ORDER BY c.issued_at DESC, c.id LIMIT \(limit) OFFSET \(offset)
                """).map { row in (try Self.credential(row), try row.get("educator_name", as: String.self)) }
        }
    }

    /// Changes a credential's status when it is not revoked, recording why, who and when; false when
    /// nothing changed (unknown, another organization's, revoked, or already so).
    package func changeStatus(of id: IssuedCredential.ID, in organizationID: Organization.ID, to status: CredentialStatus,
                              reason: String, by personID: Person.ID?, at now: Date, in tx: any Connection) throws -> Bool {
        let changed = try tx.execute("""
            UPDATE credentials SET status = \(status), status_reason = \(reason), status_changed_at = \(now)
            WHERE id = \(id) AND organization_id = \(organizationID) AND status <> 'revoked' AND status <> \(status)
            """)
        guard changed == 1 else { return false }
        try tx.execute("""
            INSERT INTO credential_status_changes (id, credential_id, status, reason, changed_by, changed_at)
            VALUES (\(UUID().uuidString.lowercased()), \(id), \(status), \(reason), \(personID), \(now))
            """)
        try IssuerRepository(database: database).touchStatus(of: organizationID, at: now, in: tx)
        return true
    }

    /// The pathways an educator holds a credential for in the organization (revoked ones too: the
    /// pathway was completed), each with its latest credential, in one query.
    package func pathwayCredentials(of educatorID: Person.ID, in organizationID: Organization.ID,
                                    in tx: any Connection) throws -> [Pathway.ID: IssuedCredential.ID] {
        var found: [Pathway.ID: IssuedCredential.ID] = [:]
        for row in try tx.query("""
            SELECT pathway_id, id FROM credentials
            WHERE organization_id = \(organizationID) AND educator_id = \(educatorID) AND pathway_id IS NOT NULL
            ORDER BY issued_at, id
            """) {
            found[try row.get("pathway_id")] = try row.get("id")
        }
        return found
    }

    /// Opens or closes a credential's public page; false when it is not this educator's.
    public func setShared(_ id: IssuedCredential.ID, of educatorID: Person.ID, _ isShared: Bool) throws -> Bool {
        try database.write { tx in
            try tx.execute("UPDATE credentials SET is_shared = \(isShared) WHERE id = \(id) AND educator_id = \(educatorID)") == 1
        }
    }

    /// The status indexes of the organization's credentials that have a status, in `range`.
    public func statusIndexes(in organizationID: Organization.ID, withStatus status: CredentialStatus,
                              in range: Range<Int>) throws -> [Int] {
        try database.read { tx in
            try tx.query("""
                SELECT status_index FROM credentials
                WHERE organization_id = \(organizationID) AND status = \(status)
                  AND status_index >= \(range.lowerBound) AND status_index < \(range.upperBound)
                """).map { try $0.get("status_index", as: Int.self) }
        }
    }

    /// A credential's status changes, oldest first.
    public func statusHistory(of id: IssuedCredential.ID) throws -> [CredentialStatusChange] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM credential_status_changes WHERE credential_id = \(id) ORDER BY changed_at, id
                """).map { row in
                CredentialStatusChange(status: try row.get("status"), reason: try row.get("reason"),
                                       changedBy: try row.get("changed_by"), changedAt: try row.get("changed_at"))
            }
        }
    }

    private static func credential(_ row: Row) throws -> IssuedCredential {
        IssuedCredential(id: try row.get("id"), organizationID: try row.get("organization_id"), educatorID: try row.get("educator_id"),
                         awardID: try row.get("award_id"), microcredentialID: try row.get("microcredential_id"),
                         pathwayID: try row.get("pathway_id"),
                         name: try row.get("name"), statusIndex: try row.get("status_index"), document: try row.get("document"),
                         issuedAt: try row.get("issued_at"), validUntil: try row.get("valid_until"), status: try row.get("status"),
                         statusReason: try row.get("status_reason"), statusChangedAt: try row.get("status_changed_at"),
                         isShared: try row.get("is_shared"), replacesID: try row.get("replaces_id"))
    }
}
