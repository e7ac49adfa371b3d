import Foundation

/// An OAuth access or refresh token an app holds for one educator in one organization, kept as a
/// SHA-256 hash; dead once expired or revoked.
public struct APIToken: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case access, refresh
    }

    public let tokenHash: String
    public let kind: Kind
    /// The authorization it came from: revoking a grant revokes all of its tokens.
    public let grantID: String
    public let clientID: String
    public let personID: Person.ID
    public let organizationID: Organization.ID
    public let scopes: APIScopes
    public let createdAt: Date
    public let expiresAt: Date
    public let revokedAt: Date?

    /// An access token lives an hour (OB 3.0 recommends 3600 seconds); a refresh token 180 days.
    public static func lifetime(of kind: Kind) -> TimeInterval { kind == .access ? 3600 : 180 * 86_400 }

    public init(tokenHash: String, kind: Kind, grantID: String, clientID: String, personID: Person.ID, organizationID: Organization.ID,
                scopes: APIScopes, createdAt: Date, expiresAt: Date? = nil, revokedAt: Date? = nil) {
        self.tokenHash = tokenHash
        self.kind = kind
        self.grantID = grantID
        self.clientID = clientID
        self.personID = personID
        self.organizationID = organizationID
        self.scopes = scopes
        self.createdAt = createdAt
        self.expiresAt = expiresAt ?? createdAt.addingTimeInterval(Self.lifetime(of: kind))
        self.revokedAt = revokedAt
    }

    /// Whether the token still opens the API at `now`.
    public func isLive(at now: Date) -> Bool { revokedAt == nil && expiresAt > now }
}
