import Foundation
import CairnCore

/// One-time tokens (invitations, password resets), stored by hash.
public struct TokenRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    package func create(_ token: OneTimeToken, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO one_time_tokens (token_hash, purpose, person_id, organization_id, created_at, expires_at, used_at)
            VALUES (\(token.tokenHash), \(token.purpose), \(token.personID), \(token.organizationID), \(token.createdAt),
                    \(token.expiresAt), \(token.usedAt))
            """)
    }

    public func create(_ token: OneTimeToken) throws { try database.write { try create(token, in: $0) } }

    /// The token by hash and purpose, used or not (to tell "expired" from "unknown").
    public func fetch(tokenHash: String, purpose: OneTimeToken.Purpose) throws -> OneTimeToken? {
        try database.read { tx in
            try tx.queryOne("SELECT * FROM one_time_tokens WHERE token_hash = \(tokenHash) AND purpose = \(purpose)").map(Self.token)
        }
    }

    /// Marks the token used and returns it, or nil when it is unknown, used or expired.
    ///
    /// Atomic: one conditional UPDATE, so of concurrent calls exactly one gets the token.
    package func consume(tokenHash: String, purpose: OneTimeToken.Purpose, at now: Date, in tx: any Connection) throws -> OneTimeToken? {
        try tx.queryOne("""
            UPDATE one_time_tokens SET used_at = \(now)
            WHERE token_hash = \(tokenHash) AND purpose = \(purpose) AND used_at IS NULL AND expires_at > \(now)
            RETURNING *
            """).map(Self.token)
    }

    public func consume(tokenHash: String, purpose: OneTimeToken.Purpose, at now: Date) throws -> OneTimeToken? {
        try database.write { try consume(tokenHash: tokenHash, purpose: purpose, at: now, in: $0) }
    }

    /// When a person's newest unused token of a purpose was created, if they have one.
    package func newestUnusedCreatedAt(for personID: Person.ID, purpose: OneTimeToken.Purpose, in tx: any Connection) throws -> Date? {
        try tx.queryOne("""
            SELECT created_at FROM one_time_tokens
            WHERE person_id = \(personID) AND purpose = \(purpose) AND used_at IS NULL
            ORDER BY created_at DESC LIMIT 1
            """).map { try $0.get("created_at", as: Date.self) }
    }

    /// Invalidates a person's unused tokens of a purpose (a new reset link replaces older ones).
    @discardableResult
    package func revokeUnused(for personID: Person.ID, purpose: OneTimeToken.Purpose, in tx: any Connection) throws -> Int {
        try tx.execute("DELETE FROM one_time_tokens WHERE person_id = \(personID) AND purpose = \(purpose) AND used_at IS NULL")
    }

    static func token(_ row: Row) throws -> OneTimeToken {
        OneTimeToken(purpose: try row.get("purpose"), tokenHash: try row.get("token_hash"), personID: try row.get("person_id"),
                     organizationID: try row.get("organization_id"), createdAt: try row.get("created_at"),
                     expiresAt: try row.get("expires_at"), usedAt: try row.get("used_at"))
    }
}
