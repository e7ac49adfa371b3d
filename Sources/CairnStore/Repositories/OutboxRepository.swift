import Foundation
import CairnCore

/// Mail waiting to be sent: written in the same transaction as what caused it, sent later.
public struct OutboxRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    package func enqueue(_ mail: OutgoingMail, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO outbox (id, recipient, organization_id, subject, body, preview, created_at, sent_at, attempts, last_error)
            VALUES (\(mail.id), \(mail.to), \(mail.organizationID), \(mail.subject), \(mail.text), \(mail.preview),
                    \(mail.createdAt), \(mail.sentAt), \(mail.attempts), \(mail.lastError))
            """)
    }

    public func enqueue(_ mail: OutgoingMail) throws { try database.write { try enqueue(mail, in: $0) } }

    /// Unsent mail that has failed fewer than `maxAttempts` times, oldest first.
    public func pending(limit: Int = 50, maxAttempts: Int = 5) throws -> [OutgoingMail] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM outbox WHERE sent_at IS NULL AND attempts < \(maxAttempts)
                ORDER BY created_at, id LIMIT \(limit)
                """).map(Self.mail)
        }
    }

    public func markSent(_ id: OutgoingMail.ID, at now: Date) throws {
        try database.write { tx in
            guard try tx.execute("""
                UPDATE outbox SET sent_at = \(now), attempts = attempts + 1, last_error = NULL WHERE id = \(id)
                """) == 1 else { throw DatabaseError.notFound("outgoing mail") }
        }
    }

    /// Counts a failed attempt and keeps its reason.
    public func markFailed(_ id: OutgoingMail.ID, error: String) throws {
        try database.write { tx in
            guard try tx.execute("UPDATE outbox SET attempts = attempts + 1, last_error = \(error) WHERE id = \(id)") == 1 else {
                throw DatabaseError.notFound("outgoing mail")
            }
        }
    }

    public func fetch(_ id: OutgoingMail.ID) throws -> OutgoingMail? {
        try database.read { try $0.queryOne("SELECT * FROM outbox WHERE id = \(id)").map(Self.mail) }
    }

    /// The latest mail, newest first, sent or not.
    public func recent(limit: Int = 50) throws -> [OutgoingMail] {
        try database.read { try $0.query("SELECT * FROM outbox ORDER BY created_at DESC, id DESC LIMIT \(limit)").map(Self.mail) }
    }

    /// The latest mail filed under an organization, or about the account of one of its people (a
    /// password reset), to people who are its active members now, newest first: mail about
    /// someone who is not, or no longer, a member is never shown with the organization.
    public func recent(for organizationID: Organization.ID, limit: Int = 50) throws -> [OutgoingMail] {
        try database.read { tx in
            try tx.query("""
                SELECT o.* FROM outbox o
                WHERE (o.organization_id = \(organizationID) OR o.organization_id IS NULL)
                  AND EXISTS (SELECT 1 FROM people p JOIN memberships m ON m.person_id = p.id
                              WHERE p.email = o.recipient AND m.organization_id = \(organizationID) AND m.status = 'active')
                ORDER BY o.created_at DESC, o.id DESC LIMIT \(limit)
                """).map(Self.mail)
        }
    }

    static func mail(_ row: Row) throws -> OutgoingMail {
        OutgoingMail(id: try row.get("id"), to: try row.get("recipient"), organizationID: try row.get("organization_id"),
                     subject: try row.get("subject"), text: try row.get("body"), preview: try row.get("preview"),
                     createdAt: try row.get("created_at"), sentAt: try row.get("sent_at"), attempts: try row.get("attempts"),
                     lastError: try row.get("last_error"))
    }
}
