import Foundation

/// An app an educator authorized that still holds a live token: what the settings page lists.
public struct ConnectedApp: Hashable, Sendable {
    public let client: OAuthClient
    /// Every scope its live tokens carry.
    public let scopes: APIScopes
    /// When the oldest of its live tokens was issued.
    public let since: Date

    public init(client: OAuthClient, scopes: APIScopes, since: Date) {
        self.client = client
        self.scopes = scopes
        self.since = since
    }
}
