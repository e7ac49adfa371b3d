import Foundation

/// An app registered to use the Open Badges 3.0 API (RFC 7591 dynamic client registration).
///
/// Its secret is kept only as a SHA-256 hash; the client authenticates with HTTP Basic
/// (`client_secret_basic`, the only method OB 3.0 allows).
public struct OAuthClient: Hashable, Sendable {
    /// The public `client_id`.
    public let id: String
    public let secretHash: String
    public let name: String
    public let clientURI: String
    public let logoURI: String
    public let tosURI: String
    public let policyURI: String
    public let softwareID: String
    public let softwareVersion: String
    /// The only addresses an authorization may return to, compared exactly.
    public let redirectURIs: [String]
    /// The scopes it may ask for (only those Cairn grants).
    public let scopes: APIScopes
    public let contacts: [String]
    public let createdAt: Date

    public init(id: String, secretHash: String, name: String, clientURI: String, logoURI: String, tosURI: String, policyURI: String,
                softwareID: String, softwareVersion: String, redirectURIs: [String], scopes: APIScopes, contacts: [String],
                createdAt: Date) {
        self.id = id
        self.secretHash = secretHash
        self.name = name
        self.clientURI = clientURI
        self.logoURI = logoURI
        self.tosURI = tosURI
        self.policyURI = policyURI
        self.softwareID = softwareID
        self.softwareVersion = softwareVersion
        self.redirectURIs = redirectURIs
        self.scopes = scopes
        self.contacts = contacts
        self.createdAt = createdAt
    }
}
