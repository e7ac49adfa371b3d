import Foundation

/// A single-use secret sent by mail: an invitation or a password reset. Only its hash is stored.
public struct OneTimeToken: Hashable, Sendable {
    public enum Purpose: String, Hashable, Sendable, Codable, CaseIterable {
        case invitation, passwordReset

        /// How long a token of this purpose stays usable.
        public var lifetime: TimeInterval {
            switch self {
            case .invitation: 7 * 24 * 3600
            case .passwordReset: 3600
            }
        }
    }

    public let purpose: Purpose
    /// The SHA-256 hex of the token sent in the link.
    public let tokenHash: String
    public let personID: Person.ID
    public let organizationID: Organization.ID?
    public let createdAt: Date
    public let expiresAt: Date
    public private(set) var usedAt: Date?

    public init(purpose: Purpose, tokenHash: String, personID: Person.ID, organizationID: Organization.ID?,
                createdAt: Date, expiresAt: Date? = nil, usedAt: Date? = nil) {
        self.purpose = purpose
        self.tokenHash = tokenHash
        self.personID = personID
        self.organizationID = organizationID
        self.createdAt = createdAt
        self.expiresAt = expiresAt ?? createdAt.addingTimeInterval(purpose.lifetime)
        self.usedAt = usedAt
    }

    /// Whether the token may still be used: not used, not expired.
    public func isUsable(at now: Date) -> Bool { (try? checkUsable(at: now)) != nil }

    /// Throws why the token can no longer be used.
    public func checkUsable(at now: Date) throws(OneTimeTokenError) {
        guard usedAt == nil else { throw .alreadyUsed }
        guard now < expiresAt else { throw .expired }
    }

    /// Marks the token used; a second use is refused.
    public mutating func use(at now: Date) throws(OneTimeTokenError) {
        try checkUsable(at: now)
        usedAt = now
    }
}

/// Why a one-time token was refused.
public enum OneTimeTokenError: Error, Equatable, Sendable {
    case expired, alreadyUsed, unknown
}

extension OneTimeTokenError: DomainError {
    public var kind: DomainErrorKind { self == .unknown ? .notFound : .conflict }

    public var message: String {
        switch self {
        case .expired: "This link has expired. Ask for a new one."
        case .alreadyUsed: "This link has already been used. Ask for a new one if you still need it."
        case .unknown: "This link is not valid. Check that you copied all of it, or ask for a new one."
        }
    }
}
