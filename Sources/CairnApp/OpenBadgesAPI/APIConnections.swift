import CairnCore
import CairnStore
import Foundation

/// The "Connected apps and tokens" settings: the apps an educator authorized (and disconnecting
/// them), and the personal access tokens they make for scripts (shown once, then only revoked).
public struct APIConnections: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// How a personal access token begins, so the API knows where to look it up.
    public static let personalTokenPrefix = "cairn_pat_"

    /// What the settings page shows.
    public struct Page: Sendable {
        public let apps: [ConnectedApp]
        public let tokens: [PersonalAccessToken]
    }

    /// The member's connected apps and live personal access tokens in their current organization.
    public func page(for member: Member) throws -> Page {
        let store = installation.store
        return Page(apps: try store.oauth.connectedApps(of: member.person.id, in: member.organization.id, at: installation.clock()),
                    tokens: try store.personalAccessTokens.tokens(of: member.person.id, in: member.organization.id))
    }

    /// Makes a token with the scopes chosen; returns it with its secret, which is never shown again.
    ///
    /// - Throws: `PersonalAccessTokenError` for a missing or long name, or no scope.
    public func create(name: String, scopes: Set<APIScope>, by member: Member) throws -> (token: PersonalAccessToken, secret: String) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw PersonalAccessTokenError.nameRequired }
        guard name.count <= PersonalAccessToken.maxNameLength else { throw PersonalAccessTokenError.nameTooLong }
        let granted = scopes.filter(\.isGranted)
        guard !granted.isEmpty else { throw PersonalAccessTokenError.noScope }
        let secret = Self.personalTokenPrefix + Crypto.randomToken()
        let token = PersonalAccessToken(tokenHash: Crypto.sha256Hex(secret), name: name, scopes: APIScopes(granted),
                                        personID: member.person.id, organizationID: member.organization.id, createdAt: installation.clock())
        try installation.store.personalAccessTokens.insert(token)
        return (token, secret)
    }

    /// Revokes one of the member's tokens; false when it is not theirs or already revoked.
    public func revoke(_ id: PersonalAccessToken.ID, by member: Member) throws -> Bool {
        try installation.store.personalAccessTokens.revoke(id, of: member.person.id, in: member.organization.id, at: installation.clock())
    }

    /// Disconnects an app: every token it holds for the member in this organization is revoked.
    /// Returns whether it held any.
    public func disconnect(clientID: String, by member: Member) throws -> Bool {
        try installation.store.oauth.revokeClient(clientID, for: member.person.id, in: member.organization.id,
                                                  at: installation.clock()) > 0
    }
}
