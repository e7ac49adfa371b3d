import Foundation

/// A signed-in browser: the cookie holds a random token, the store keeps only its SHA-256.
///
/// Expiry slides: each use pushes it to `idleLifetime` after that use, but never past
/// `absoluteLifetime` after the session began.
public struct Session: Hashable, Sendable, Identifiable {
    /// The SHA-256 hex of the cookie token.
    public typealias ID = CairnCore.ID<Session>

    public static let idleLifetime: TimeInterval = 14 * 24 * 3600
    public static let absoluteLifetime: TimeInterval = 30 * 24 * 3600
    /// Uses closer together than this do not rewrite the session (fewer writes).
    public static let touchInterval: TimeInterval = 60

    public let id: ID
    public let personID: Person.ID
    public var organizationID: Organization.ID
    public let csrfToken: String
    public let createdAt: Date
    public private(set) var lastSeenAt: Date
    public private(set) var expiresAt: Date
    public let address: String
    public let userAgent: String

    public init(id: ID, personID: Person.ID, organizationID: Organization.ID, csrfToken: String,
                createdAt: Date, lastSeenAt: Date, expiresAt: Date, address: String, userAgent: String) {
        self.id = id
        self.personID = personID
        self.organizationID = organizationID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.address = address
        self.userAgent = userAgent
    }

    /// A session beginning now.
    public static func start(id: ID, personID: Person.ID, organizationID: Organization.ID, csrfToken: String,
                             address: String, userAgent: String, at now: Date) -> Session {
        Session(id: id, personID: personID, organizationID: organizationID, csrfToken: csrfToken,
                createdAt: now, lastSeenAt: now, expiresAt: now.addingTimeInterval(idleLifetime),
                address: address, userAgent: userAgent)
    }

    public func isExpired(at now: Date) -> Bool { now >= expiresAt }

    /// Whether a use at `now` should be written back (it is not expired and the last write is old enough).
    public func needsTouch(at now: Date) -> Bool {
        !isExpired(at: now) && now.timeIntervalSince(lastSeenAt) >= Self.touchInterval
    }

    /// Records a use: slides the expiry, capped by the absolute lifetime.
    public mutating func touch(at now: Date) {
        lastSeenAt = max(lastSeenAt, now)
        let absolute = createdAt.addingTimeInterval(Self.absoluteLifetime)
        expiresAt = min(lastSeenAt.addingTimeInterval(Self.idleLifetime), absolute)
    }
}
