import Foundation
import CairnCore

/// Failed sign-ins by attempted email and address, and the addresses each email signed in from:
/// the facts `SignInThrottle` judges.
public struct SignInAttemptRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Records a failure; `email` is the attempted address, normalised, whether or not an account has it.
    public func recordFailure(email: String, address: String, at now: Date) throws {
        try database.write { tx in
            try tx.execute("""
                INSERT INTO sign_in_failures (id, email, address, at) VALUES (\(UUID()), \(email), \(address), \(now))
                """)
        }
    }

    /// Records a success: the pair's failures are forgotten and the address becomes known for the email.
    public func recordSuccess(email: String, address: String, at now: Date) throws {
        try database.write { tx in
            try tx.execute("DELETE FROM sign_in_failures WHERE email = \(email) AND address = \(address)")
            try tx.execute("""
                INSERT INTO sign_in_known_addresses (email, address, last_at) VALUES (\(email), \(address), \(now))
                ON CONFLICT (email, address) DO UPDATE SET last_at = excluded.last_at
                """)
        }
    }

    /// The failure times of an email from one address after `start`, oldest first.
    public func failures(email: String, address: String, since start: Date) throws -> [Date] {
        try times("SELECT at FROM sign_in_failures WHERE email = \(email) AND address = \(address) AND at > \(start) ORDER BY at")
    }

    /// The failure times for an email, from any address, after `start`, oldest first.
    public func failures(email: String, since start: Date) throws -> [Date] {
        try times("SELECT at FROM sign_in_failures WHERE email = \(email) AND at > \(start) ORDER BY at")
    }

    /// The failure times from an address, for any email, after `start`, oldest first.
    public func failures(address: String, since start: Date) throws -> [Date] {
        try times("SELECT at FROM sign_in_failures WHERE address = \(address) AND at > \(start) ORDER BY at")
    }

    /// Whether the email signed in successfully from the address after `start`.
    public func isKnown(email: String, address: String, since start: Date) throws -> Bool {
        try database.read {
            try $0.queryOne("""
                SELECT 1 AS one FROM sign_in_known_addresses WHERE email = \(email) AND address = \(address) AND last_at > \(start)
                """) != nil
        }
    }

    /// The throttle's decision for an attempt now.
    public func decision(email: String, address: String, throttle: SignInThrottle = SignInThrottle(),
                         at now: Date) throws -> SignInThrottle.Decision {
        throttle.decide(pairFailures: try failures(email: email, address: address, since: now.addingTimeInterval(-throttle.pair.window)),
                        addressFailures: try failures(address: address, since: now.addingTimeInterval(-throttle.address.window)),
                        accountFailures: try failures(email: email, since: now.addingTimeInterval(-throttle.account.window)),
                        knownAddress: try isKnown(email: email, address: address,
                                                  since: now.addingTimeInterval(-throttle.knownAddressLifetime)),
                        at: now)
    }

    /// Removes failures older than `cutoff` and addresses not used since `knownCutoff`; returns how many rows.
    @discardableResult
    public func purge(before cutoff: Date, knownBefore knownCutoff: Date? = nil) throws -> Int {
        try database.write { tx in
            let failures = try tx.execute("DELETE FROM sign_in_failures WHERE at < \(cutoff)")
            guard let knownCutoff else { return failures }
            return failures + (try tx.execute("DELETE FROM sign_in_known_addresses WHERE last_at < \(knownCutoff)"))
        }
    }

    private func times(_ sql: SQL) throws -> [Date] {
        try database.read { try $0.query(sql).map { try $0.get("at", as: Date.self) } }
    }
}
