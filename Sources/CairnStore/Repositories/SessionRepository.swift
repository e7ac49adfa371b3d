import Foundation
import CairnCore

/// Signed-in sessions, stored by the hash of their cookie token.
public struct SessionRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    package func create(_ session: Session, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO sessions (id, person_id, organization_id, csrf_token, created_at, last_seen_at, expires_at, address, user_agent)
            VALUES (\(session.id), \(session.personID), \(session.organizationID), \(session.csrfToken), \(session.createdAt),
                    \(session.lastSeenAt), \(session.expiresAt), \(session.address), \(session.userAgent))
            """)
    }

    public func create(_ session: Session) throws { try database.write { try create(session, in: $0) } }

    /// The session, unless it is unknown or expired at `now`.
    public func fetch(_ id: Session.ID, at now: Date) throws -> Session? {
        try database.read { try fetch(id, at: now, in: $0) }
    }

    package func fetch(_ id: Session.ID, at now: Date, in tx: any Connection) throws -> Session? {
        try tx.queryOne("SELECT * FROM sessions WHERE id = \(id) AND expires_at > \(now)").map(Self.session)
    }

    /// Records a use (sliding expiry) and returns the session as saved.
    @discardableResult
    public func touch(_ session: Session, at now: Date) throws -> Session {
        var session = session
        session.touch(at: now)
        try database.write { tx in
            try tx.execute("""
                UPDATE sessions SET last_seen_at = \(session.lastSeenAt), expires_at = \(session.expiresAt) WHERE id = \(session.id)
                """)
        }
        return session
    }

    /// Moves the session to another organization the person belongs to (the caller checks membership).
    public func switchOrganization(_ id: Session.ID, to organizationID: Organization.ID) throws {
        try database.write { tx in
            guard try tx.execute("UPDATE sessions SET organization_id = \(organizationID) WHERE id = \(id)") == 1 else {
                throw DatabaseError.notFound("session")
            }
        }
    }

    public func delete(_ id: Session.ID) throws { try database.write { try $0.execute("DELETE FROM sessions WHERE id = \(id)") } }

    /// Signs the person out everywhere (after a password change); returns how many sessions ended.
    @discardableResult
    package func deleteAll(for personID: Person.ID, in tx: any Connection) throws -> Int {
        try tx.execute("DELETE FROM sessions WHERE person_id = \(personID)")
    }

    @discardableResult
    public func deleteAll(for personID: Person.ID) throws -> Int { try database.write { try deleteAll(for: personID, in: $0) } }

    /// Removes sessions expired at `now`; returns how many.
    @discardableResult
    public func purgeExpired(at now: Date) throws -> Int {
        try database.write { try $0.execute("DELETE FROM sessions WHERE expires_at <= \(now)") }
    }

    static func session(_ row: Row) throws -> Session {
        Session(id: try row.get("id"), personID: try row.get("person_id"), organizationID: try row.get("organization_id"),
                csrfToken: try row.get("csrf_token"), createdAt: try row.get("created_at"), lastSeenAt: try row.get("last_seen_at"),
                expiresAt: try row.get("expires_at"), address: try row.get("address"), userAgent: try row.get("user_agent"))
    }
}
