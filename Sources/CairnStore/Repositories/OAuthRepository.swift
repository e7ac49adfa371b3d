import CairnCore
import Foundation

extension APIToken.Kind: DatabaseValueConvertible {}

extension APIScopes: DatabaseValueConvertible {
    /// The space-separated scope URIs; a scope this version does not know is dropped on reading.
    public var databaseValue: DatabaseValue { .text(text) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> APIScopes? {
        String.fromDatabaseValue(value).map { text in
            APIScopes(Set(text.split(separator: " ").compactMap { APIScope(rawValue: String($0)) }))
        }
    }
}

/// The OAuth side of the Open Badges 3.0 API: registered apps, authorization codes, and the access
/// and refresh tokens apps hold. Codes and tokens are found by their SHA-256 hash only.
public struct OAuthRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    // MARK: Clients

    /// Saves a newly registered app.
    public func register(_ client: OAuthClient) throws {
        try database.write { tx in
            try tx.execute("""
                INSERT INTO oauth_clients (id, secret_hash, name, client_uri, logo_uri, tos_uri, policy_uri, software_id, software_version,
                                           redirect_uris, scopes, contacts, created_at)
                VALUES (\(client.id), \(client.secretHash), \(client.name), \(client.clientURI), \(client.logoURI), \(client.tosURI),
                        \(client.policyURI), \(client.softwareID), \(client.softwareVersion), \(client.redirectURIs.joined(separator: "\n")),
                        \(client.scopes), \(client.contacts.joined(separator: "\n")), \(client.createdAt))
                """)
        }
    }

    /// A registered app by its `client_id`.
    public func client(_ id: String) throws -> OAuthClient? {
        try database.read { tx in try tx.queryOne("SELECT * FROM oauth_clients WHERE id = \(id)").map(Self.client) }
    }

    // MARK: Authorization codes

    /// Saves a code an educator approved.
    public func insert(_ code: AuthorizationCode) throws {
        try database.write { tx in
            try tx.execute("""
                INSERT INTO oauth_authorization_codes (code_hash, grant_id, client_id, redirect_uri, scopes, code_challenge, person_id,
                                                       organization_id, created_at, expires_at, used_at)
                VALUES (\(code.codeHash), \(code.grantID), \(code.clientID), \(code.redirectURI), \(code.scopes), \(code.codeChallenge),
                        \(code.personID), \(code.organizationID), \(code.createdAt), \(code.expiresAt), \(code.usedAt))
                """)
        }
    }

    /// Marks the code used and returns it, or nil when it is unknown, used or expired.
    ///
    /// Atomic: one conditional UPDATE, so of two concurrent exchanges exactly one gets the code.
    package func consumeCode(hash: String, at now: Date, in tx: any Connection) throws -> AuthorizationCode? {
        try tx.queryOne("""
            UPDATE oauth_authorization_codes SET used_at = \(now)
            WHERE code_hash = \(hash) AND used_at IS NULL AND expires_at > \(now)
            RETURNING *
            """).map(Self.code)
    }

    /// A code by its hash, used or not (to tell a reused code from an unknown one).
    package func code(hash: String, in tx: any Connection) throws -> AuthorizationCode? {
        try tx.queryOne("SELECT * FROM oauth_authorization_codes WHERE code_hash = \(hash)").map(Self.code)
    }

    // MARK: Tokens

    package func insert(_ token: APIToken, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO oauth_tokens (token_hash, kind, grant_id, client_id, person_id, organization_id, scopes, created_at, expires_at,
                                      revoked_at)
            VALUES (\(token.tokenHash), \(token.kind), \(token.grantID), \(token.clientID), \(token.personID), \(token.organizationID),
                    \(token.scopes), \(token.createdAt), \(token.expiresAt), \(token.revokedAt))
            """)
    }

    /// Saves a token in its own transaction.
    public func insert(_ token: APIToken) throws { try database.write { try insert(token, in: $0) } }

    /// A token by its hash and kind, live or not.
    public func token(hash: String, kind: APIToken.Kind) throws -> APIToken? {
        try database.read { tx in try token(hash: hash, kind: kind, in: tx) }
    }

    package func token(hash: String, kind: APIToken.Kind, in tx: any Connection) throws -> APIToken? {
        try tx.queryOne("SELECT * FROM oauth_tokens WHERE token_hash = \(hash) AND kind = \(kind)").map(Self.token)
    }

    /// A token by its hash, whichever its kind (RFC 7009 revocation, where the hint may be wrong).
    package func token(hash: String, in tx: any Connection) throws -> APIToken? {
        try tx.queryOne("SELECT * FROM oauth_tokens WHERE token_hash = \(hash)").map(Self.token)
    }

    /// Revokes one token; returns how many were live.
    @discardableResult
    package func revoke(tokenHash: String, at now: Date, in tx: any Connection) throws -> Int {
        try tx.execute("UPDATE oauth_tokens SET revoked_at = \(now) WHERE token_hash = \(tokenHash) AND revoked_at IS NULL")
    }

    /// Revokes every token of a grant (a refresh token revoked, a code reused); returns how many were live.
    @discardableResult
    package func revokeGrant(_ grantID: String, at now: Date, in tx: any Connection) throws -> Int {
        try tx.execute("UPDATE oauth_tokens SET revoked_at = \(now) WHERE grant_id = \(grantID) AND revoked_at IS NULL")
    }

    public func revokeGrant(_ grantID: String, at now: Date) throws -> Int {
        try database.write { try revokeGrant(grantID, at: now, in: $0) }
    }

    /// Revokes every token an app holds for a person in an organization (the educator disconnects it).
    @discardableResult
    public func revokeClient(_ clientID: String, for personID: Person.ID, in organizationID: Organization.ID, at now: Date) throws -> Int {
        try database.write { tx in
            try tx.execute("""
                UPDATE oauth_tokens SET revoked_at = \(now)
                WHERE client_id = \(clientID) AND person_id = \(personID) AND organization_id = \(organizationID) AND revoked_at IS NULL
                """)
        }
    }

    /// The apps holding a live token for a person in an organization, by name.
    public func connectedApps(of personID: Person.ID, in organizationID: Organization.ID, at now: Date) throws -> [ConnectedApp] {
        try database.read { tx in
            let rows = try tx.query("""
                SELECT t.scopes AS token_scopes, t.created_at AS token_created_at, c.* FROM oauth_tokens t
                JOIN oauth_clients c ON c.id = t.client_id
                WHERE t.person_id = \(personID) AND t.organization_id = \(organizationID) AND t.revoked_at IS NULL AND t.expires_at > \(now)
                ORDER BY c.name, c.id, t.created_at
                """)
            var apps: [ConnectedApp] = []
            for row in rows {
                let client = try Self.client(row)
                let scopes: APIScopes = try row.get("token_scopes"), created: Date = try row.get("token_created_at")
                if let last = apps.last, last.client.id == client.id {
                    apps[apps.count - 1] = ConnectedApp(client: client, scopes: APIScopes(last.scopes.scopes.union(scopes.scopes)),
                                                        since: min(last.since, created))
                } else {
                    apps.append(ConnectedApp(client: client, scopes: scopes, since: created))
                }
            }
            return apps
        }
    }

    // MARK: Rows

    private static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    static func client(_ row: Row) throws -> OAuthClient {
        OAuthClient(id: try row.get("id"), secretHash: try row.get("secret_hash"), name: try row.get("name"),
                    clientURI: try row.get("client_uri"), logoURI: try row.get("logo_uri"), tosURI: try row.get("tos_uri"),
                    policyURI: try row.get("policy_uri"), softwareID: try row.get("software_id"),
                    softwareVersion: try row.get("software_version"), redirectURIs: lines(try row.get("redirect_uris")),
                    scopes: try row.get("scopes"), contacts: lines(try row.get("contacts")), createdAt: try row.get("created_at"))
    }

    static func code(_ row: Row) throws -> AuthorizationCode {
        AuthorizationCode(grantID: try row.get("grant_id"), codeHash: try row.get("code_hash"), clientID: try row.get("client_id"),
                          redirectURI: try row.get("redirect_uri"), scopes: try row.get("scopes"),
                          codeChallenge: try row.get("code_challenge"), personID: try row.get("person_id"),
                          organizationID: try row.get("organization_id"), createdAt: try row.get("created_at"),
                          usedAt: try row.get("used_at"))
    }

    static func token(_ row: Row) throws -> APIToken {
        APIToken(tokenHash: try row.get("token_hash"), kind: try row.get("kind"), grantID: try row.get("grant_id"),
                 clientID: try row.get("client_id"), personID: try row.get("person_id"), organizationID: try row.get("organization_id"),
                 scopes: try row.get("scopes"), createdAt: try row.get("created_at"), expiresAt: try row.get("expires_at"),
                 revokedAt: try row.get("revoked_at"))
    }
}
