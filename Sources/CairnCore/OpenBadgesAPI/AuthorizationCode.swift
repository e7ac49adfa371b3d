import Foundation

/// What an educator approved for an app, waiting for the app to exchange it for tokens: single
/// use, ten minutes, bound to the app, its redirect URI and its PKCE challenge (S256 only).
public struct AuthorizationCode: Hashable, Sendable {
    /// The grant's id: every token made from this code carries it (to revoke them all on reuse).
    public let grantID: String
    public let codeHash: String
    public let clientID: String
    public let redirectURI: String
    public let scopes: APIScopes
    /// BASE64URL(SHA-256(code_verifier)), as the app sent it.
    public let codeChallenge: String
    public let personID: Person.ID
    public let organizationID: Organization.ID
    public let createdAt: Date
    public let expiresAt: Date
    public let usedAt: Date?

    /// How long a code may wait to be exchanged (OB 3.0 recommends 600 seconds).
    public static let lifetime: TimeInterval = 600

    public init(grantID: String, codeHash: String, clientID: String, redirectURI: String, scopes: APIScopes, codeChallenge: String,
                personID: Person.ID, organizationID: Organization.ID, createdAt: Date, usedAt: Date? = nil) {
        self.grantID = grantID
        self.codeHash = codeHash
        self.clientID = clientID
        self.redirectURI = redirectURI
        self.scopes = scopes
        self.codeChallenge = codeChallenge
        self.personID = personID
        self.organizationID = organizationID
        self.createdAt = createdAt
        self.expiresAt = createdAt.addingTimeInterval(Self.lifetime)
        self.usedAt = usedAt
    }
}
