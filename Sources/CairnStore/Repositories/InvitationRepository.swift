import Foundation
import CairnCore

/// Invitations waiting for the invited person's answer; accepting one makes the membership.
public struct InvitationRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    package func create(_ invitation: Invitation, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO invitations (id, organization_id, person_id, display_name, roles, school_id, invited_by, token_hash,
                                     created_at, expires_at, accepted_at, revoked_at)
            VALUES (\(invitation.id), \(invitation.organizationID), \(invitation.personID), \(invitation.displayName),
                    \(RoleList.encode(invitation.roles)), \(invitation.schoolID), \(invitation.invitedBy), \(invitation.tokenHash),
                    \(invitation.createdAt), \(invitation.expiresAt), \(invitation.acceptedAt), \(invitation.revokedAt))
            """)
    }

    /// Withdraws the person's unanswered invitations to the organization (a new one replaces them).
    @discardableResult
    package func revokePending(person personID: Person.ID, organization organizationID: Organization.ID, at now: Date,
                              in tx: any Connection) throws -> Int {
        try tx.execute("""
            UPDATE invitations SET revoked_at = \(now)
            WHERE person_id = \(personID) AND organization_id = \(organizationID) AND accepted_at IS NULL AND revoked_at IS NULL
            """)
    }

    /// Withdraws an unanswered invitation of the organization; false when there is none (answered,
    /// replaced, or another organization's).
    public func withdraw(_ id: Invitation.ID, in organizationID: Organization.ID, at now: Date) throws -> Bool {
        try database.write { tx in
            try tx.execute("""
                UPDATE invitations SET revoked_at = \(now)
                WHERE id = \(id) AND organization_id = \(organizationID) AND accepted_at IS NULL AND revoked_at IS NULL
                """) == 1
        }
    }

    /// Whether an invitation of the person to the organization still waits for an answer.
    package func hasPending(person personID: Person.ID, organization organizationID: Organization.ID, at now: Date,
                           in tx: any Connection) throws -> Bool {
        try tx.queryOne("""
            SELECT 1 AS one FROM invitations
            WHERE person_id = \(personID) AND organization_id = \(organizationID) AND accepted_at IS NULL AND revoked_at IS NULL
              AND expires_at > \(now)
            """) != nil
    }

    /// The invitation a link's secret hash names, answered or not (to tell "used" from "unknown").
    public func fetch(tokenHash: String) throws -> Invitation? {
        try database.read { try $0.queryOne("SELECT * FROM invitations WHERE token_hash = \(tokenHash)").map(Self.invitation) }
    }

    /// Marks the invitation accepted and returns it, or nil when it is unknown, answered, withdrawn or expired.
    ///
    /// Atomic: one conditional UPDATE, so of concurrent acceptances exactly one gets it.
    package func accept(tokenHash: String, at now: Date, in tx: any Connection) throws -> Invitation? {
        try tx.queryOne("""
            UPDATE invitations SET accepted_at = \(now)
            WHERE token_hash = \(tokenHash) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > \(now)
            RETURNING *
            """).map(Self.invitation)
    }

    /// The organization's unanswered, unexpired invitations of people who are not members yet, with
    /// the address each went to, newest first.
    public func pending(in organizationID: Organization.ID, at now: Date) throws -> [(invitation: Invitation, email: EmailAddress)] {
        try database.read { tx in
            try tx.query("""
                SELECT i.*, p.email AS email FROM invitations i JOIN people p ON p.id = i.person_id
                WHERE i.organization_id = \(organizationID) AND i.accepted_at IS NULL AND i.revoked_at IS NULL
                  AND i.expires_at > \(now)
                  AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = i.person_id AND m.organization_id = i.organization_id)
                ORDER BY i.created_at DESC, i.id
                """).map { row in (try Self.invitation(row), try row.get("email", as: EmailAddress.self)) }
        }
    }

    static func invitation(_ row: Row) throws -> Invitation {
        Invitation(id: try row.get("id"), organizationID: try row.get("organization_id"), personID: try row.get("person_id"),
                   displayName: try row.get("display_name"), roles: try RoleList.decode(row.get("roles")),
                   schoolID: try row.get("school_id"), invitedBy: try row.get("invited_by"), tokenHash: try row.get("token_hash"),
                   createdAt: try row.get("created_at"), expiresAt: try row.get("expires_at"),
                   acceptedAt: try row.get("accepted_at"), revokedAt: try row.get("revoked_at"))
    }
}
