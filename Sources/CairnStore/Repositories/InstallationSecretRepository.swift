import Foundation

/// Secrets the installation makes for itself once and keeps in its database, so every server
/// of one database shares them (the key that signs visitors' CSRF cookies).
public struct InstallationSecretRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// The secret called `name`, made with `make` the first time it is asked for; of servers asking
    /// at once, the first to write wins and all get its value.
    public func value(named name: String, orCreate make: () -> String, at now: Date) throws -> String {
        if let existing = try database.read({ try $0.queryOne("SELECT value FROM installation_secrets WHERE name = \(name)") }) {
            return try existing.get("value")
        }
        return try database.write { tx in
            try tx.execute("""
                INSERT INTO installation_secrets (name, value, created_at) VALUES (\(name), \(make()), \(now))
                ON CONFLICT (name) DO NOTHING
                """)
            guard let row = try tx.queryOne("SELECT value FROM installation_secrets WHERE name = \(name)") else {
                throw DatabaseError.notFound("installation secret")
            }
            return try row.get("value")
        }
    }
}
