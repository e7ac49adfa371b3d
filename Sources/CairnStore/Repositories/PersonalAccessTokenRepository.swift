import CairnCore
import Foundation

/// Educators' personal access tokens for scripts, found by their SHA-256 hash.
public struct PersonalAccessTokenRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Saves a new token.
    public func insert(_ token: PersonalAccessToken) throws {
        try database.write { tx in
            try tx.execute("""
                INSERT INTO personal_access_tokens (id, token_hash, name, scopes, person_id, organization_id, created_at, last_used_at,
                                                    revoked_at)
                VALUES (\(token.id), \(token.tokenHash), \(token.name), \(token.scopes), \(token.personID), \(token.organizationID),
                        \(token.createdAt), \(token.lastUsedAt), \(token.revokedAt))
                """)
        }
    }

    /// A token by its hash, revoked or not.
    public func find(hash: String) throws -> PersonalAccessToken? {
        try database.read { tx in
            try tx.queryOne("SELECT * FROM personal_access_tokens WHERE token_hash = \(hash)").map(Self.token)
        }
    }

    /// A person's tokens in an organization that are not revoked, newest first.
    public func tokens(of personID: Person.ID, in organizationID: Organization.ID) throws -> [PersonalAccessToken] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM personal_access_tokens
                WHERE person_id = \(personID) AND organization_id = \(organizationID) AND revoked_at IS NULL
                ORDER BY created_at DESC, id
                """).map(Self.token)
        }
    }

    /// Revokes one of a person's tokens; false when it is not theirs there, or already revoked.
    public func revoke(_ id: PersonalAccessToken.ID, of personID: Person.ID, in organizationID: Organization.ID, at now: Date) throws -> Bool {
        try database.write { tx in
            try tx.execute("""
                UPDATE personal_access_tokens SET revoked_at = \(now)
                WHERE id = \(id) AND person_id = \(personID) AND organization_id = \(organizationID) AND revoked_at IS NULL
                """) == 1
        }
    }

    /// Records that a token was just used.
    public func markUsed(_ id: PersonalAccessToken.ID, at now: Date) throws {
        try database.write { tx in
            try tx.execute("UPDATE personal_access_tokens SET last_used_at = \(now) WHERE id = \(id)")
        }
    }

    static func token(_ row: Row) throws -> PersonalAccessToken {
        PersonalAccessToken(id: try row.get("id"), tokenHash: try row.get("token_hash"), name: try row.get("name"),
                            scopes: try row.get("scopes"), personID: try row.get("person_id"),
                            organizationID: try row.get("organization_id"), createdAt: try row.get("created_at"),
                            lastUsedAt: try row.get("last_used_at"), revokedAt: try row.get("revoked_at"))
    }
}
