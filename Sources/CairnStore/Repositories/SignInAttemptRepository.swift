import Foundation
import CairnCore

/// Failed sign-ins, by attempted email and by address: the facts `SignInThrottle` judges.
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

    public func failureCount(email: String, since start: Date) throws -> Int {
        try count("SELECT count(*) AS n FROM sign_in_failures WHERE email = \(email) AND at > \(start)")
    }

    public func failureCount(address: String, since start: Date) throws -> Int {
        try count("SELECT count(*) AS n FROM sign_in_failures WHERE address = \(address) AND at > \(start)")
    }

    /// The failure times for an email after `start`, oldest first.
    public func failures(email: String, since start: Date) throws -> [Date] {
        try times("SELECT at FROM sign_in_failures WHERE email = \(email) AND at > \(start) ORDER BY at")
    }

    /// The failure times from an address after `start`, oldest first.
    public func failures(address: String, since start: Date) throws -> [Date] {
        try times("SELECT at FROM sign_in_failures WHERE address = \(address) AND at > \(start) ORDER BY at")
    }

    /// The throttle's decision for an attempt now.
    public func decision(email: String, address: String, throttle: SignInThrottle = SignInThrottle(), at now: Date) throws -> SignInThrottle.Decision {
        let start = throttle.windowStart(at: now)
        return throttle.decide(accountFailures: try failures(email: email, since: start),
                               addressFailures: try failures(address: address, since: start), at: now)
    }

    /// Forgets an email's failures (after a successful sign-in).
    public func clear(email: String) throws {
        try database.write { try $0.execute("DELETE FROM sign_in_failures WHERE email = \(email)") }
    }

    /// Removes failures older than `cutoff`; returns how many.
    @discardableResult
    public func purge(before cutoff: Date) throws -> Int {
        try database.write { try $0.execute("DELETE FROM sign_in_failures WHERE at < \(cutoff)") }
    }

    private func count(_ sql: SQL) throws -> Int {
        try database.read { try $0.queryOne(sql)?.get("n", as: Int.self) ?? 0 }
    }

    private func times(_ sql: SQL) throws -> [Date] {
        try database.read { try $0.query(sql).map { try $0.get("at", as: Date.self) } }
    }
}
