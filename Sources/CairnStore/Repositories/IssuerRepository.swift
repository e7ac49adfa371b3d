import CairnCore
import Foundation

/// Each organization as an issuer: its signing keys, its issuer profile, and the counter that gives
/// every new credential its own index in the organization's status lists.
public struct IssuerRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// The key that signs the organization's new credentials, if it has one yet.
    package func activeKey(of organizationID: Organization.ID, in tx: any Connection) throws -> IssuerKey? {
        try tx.queryOne("""
            SELECT * FROM issuer_keys WHERE organization_id = \(organizationID) AND retired_at IS NULL
            """).map(Self.key)
    }

    /// The key that signs the organization's new credentials, if it has one yet.
    public func activeKey(of organizationID: Organization.ID) throws -> IssuerKey? {
        try database.read { tx in try activeKey(of: organizationID, in: tx) }
    }

    /// Every key the organization has had, oldest first (its DID document lists them all).
    public func keys(of organizationID: Organization.ID) throws -> [IssuerKey] {
        try database.read { tx in
            try tx.query("SELECT * FROM issuer_keys WHERE organization_id = \(organizationID) ORDER BY created_at, id").map(Self.key)
        }
    }

    /// Adds a key as the organization's active one, retiring the one it replaces.
    package func add(_ key: IssuerKey, in tx: any Connection) throws {
        try tx.execute("""
            UPDATE issuer_keys SET retired_at = \(key.createdAt) WHERE organization_id = \(key.organizationID) AND retired_at IS NULL
            """)
        try tx.execute("""
            INSERT INTO issuer_keys (id, organization_id, public_key, sealed_private_key, created_at, retired_at)
            VALUES (\(key.id), \(key.organizationID), \(key.publicKeyMultibase), \(key.sealedPrivateKey), \(key.createdAt), NULL)
            """)
    }

    /// Adds the organization's first key, unless another has become active meanwhile (two first
    /// issues at once): then nothing is written and the caller reads the one that won.
    package func addFirst(_ key: IssuerKey, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO issuer_keys (id, organization_id, public_key, sealed_private_key, created_at, retired_at)
            VALUES (\(key.id), \(key.organizationID), \(key.publicKeyMultibase), \(key.sealedPrivateKey), \(key.createdAt), NULL)
            ON CONFLICT (organization_id) WHERE retired_at IS NULL DO NOTHING
            """)
    }

    /// The organization's issuer profile (empty fields until an admin fills them in).
    public func profile(of organizationID: Organization.ID) throws -> IssuerProfile {
        try database.read { tx in try profile(of: organizationID, in: tx) }
    }

    package func profile(of organizationID: Organization.ID, in tx: any Connection) throws -> IssuerProfile {
        guard let row = try tx.queryOne("SELECT * FROM issuer_profiles WHERE organization_id = \(organizationID)") else {
            return IssuerProfile(organizationID: organizationID)
        }
        return IssuerProfile(organizationID: organizationID, url: try row.get("url"), email: try row.get("email"),
                             description: try row.get("description"))
    }

    /// Saves the organization's issuer profile.
    public func save(_ profile: IssuerProfile, at now: Date) throws {
        try database.write { tx in
            try ensureProfile(of: profile.organizationID, at: now, in: tx)
            try tx.execute("""
                UPDATE issuer_profiles SET url = \(profile.url), email = \(profile.email), description = \(profile.description)
                WHERE organization_id = \(profile.organizationID)
                """)
        }
    }

    /// The next free index in the organization's status lists, taken for good (the row's lock
    /// orders concurrent issuers on PostgreSQL; SQLite has one writer).
    package func takeStatusIndex(of organizationID: Organization.ID, at now: Date, in tx: any Connection) throws -> Int {
        try ensureProfile(of: organizationID, at: now, in: tx)
        guard let row = try tx.queryOne("""
            UPDATE issuer_profiles SET next_status_index = next_status_index + 1 WHERE organization_id = \(organizationID)
            RETURNING next_status_index
            """) else { throw DatabaseError(.notFound, "no issuer profile for the organization") }
        return try row.get("next_status_index", as: Int.self) - 1
    }

    /// What serving a revocation list needs, in one query: the organization by its slug, how many
    /// status indexes it gave out, and when a status last changed (its creation, before any).
    public func statusListState(organization slug: String) throws -> StatusListState? {
        try database.read { tx in
            guard let row = try tx.queryOne("""
                SELECT o.*, p.next_status_index AS taken, p.status_changed_at AS changed
                FROM organizations o LEFT JOIN issuer_profiles p ON p.organization_id = o.id WHERE o.slug = \(slug)
                """) else { return nil }
            let organization = try row.organization()
            return StatusListState(organization: organization, indexesTaken: try row.get("taken", as: Int?.self) ?? 0,
                                   changedAt: try row.get("changed", as: Date?.self) ?? organization.createdAt)
        }
    }

    /// How many status indexes the organization has given out (the size its status lists must cover).
    public func statusIndexesTaken(by organizationID: Organization.ID) throws -> Int {
        try database.read { tx in
            try tx.queryOne("SELECT next_status_index FROM issuer_profiles WHERE organization_id = \(organizationID)")?
                .get("next_status_index") ?? 0
        }
    }

    /// When a credential of the organization last changed status (its status lists' stamp); nil before any issue.
    public func statusChangedAt(of organizationID: Organization.ID) throws -> Date? {
        try database.read { tx in
            try tx.queryOne("SELECT status_changed_at FROM issuer_profiles WHERE organization_id = \(organizationID)")?
                .get("status_changed_at")
        }
    }

    /// Marks the organization's status lists as changed.
    package func touchStatus(of organizationID: Organization.ID, at now: Date, in tx: any Connection) throws {
        try ensureProfile(of: organizationID, at: now, in: tx)
        try tx.execute("UPDATE issuer_profiles SET status_changed_at = \(now) WHERE organization_id = \(organizationID)")
    }

    private func ensureProfile(of organizationID: Organization.ID, at now: Date, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO issuer_profiles (organization_id, status_changed_at) VALUES (\(organizationID), \(now))
            ON CONFLICT (organization_id) DO NOTHING
            """)
    }

    private static func key(_ row: Row) throws -> IssuerKey {
        IssuerKey(id: try row.get("id"), organizationID: try row.get("organization_id"), publicKeyMultibase: try row.get("public_key"),
                  sealedPrivateKey: try row.get("sealed_private_key"), createdAt: try row.get("created_at"),
                  retiredAt: try row.get("retired_at"))
    }
}

/// An organization as the publisher of its revocation lists.
public struct StatusListState: Sendable, Equatable {
    public let organization: Organization
    /// How many status indexes it gave out.
    public let indexesTaken: Int
    /// When a credential's status last changed: the lists' stamp.
    public let changedAt: Date
}
