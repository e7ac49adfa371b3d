import CairnCore

/// The Open Badges 3.0 API (`/ims/ob/v3p0`) and its OAuth 2.0 endpoints (see docs/api.md).
///
/// The resource and OAuth endpoints are `.apiClient`: apps prove who they are with a bearer token
/// or their Basic credentials, never with a session cookie, and carry no CSRF token. Only the
/// consent page is a page of a signed-in member.
enum APIEndpoints {
    static let base = "/ims/ob/v3p0"

    /// The service description (OpenAPI), open to anyone.
    static let discovery = Endpoint(.get, base + "/discovery", access: .anyone)

    /// RFC 7591 dynamic client registration.
    static let register = Endpoint(.post, base + "/auth/register", access: .apiClient)
    /// The consent page, and the educator's answer to it.
    static let authorize = Endpoint(.get, base + "/auth/authorize", access: .signedIn)
    static let decide = authorize.with(.post)
    /// Codes and refresh tokens exchanged for access tokens.
    static let token = Endpoint(.post, base + "/auth/token", access: .apiClient)
    /// RFC 7009 revocation.
    static let revoke = Endpoint(.post, base + "/auth/revoke", access: .apiClient)

    /// getCredentials, and upsertCredential (refused).
    static let credentials = Endpoint(.get, base + "/credentials", access: .apiClient)
    static let upsertCredential = credentials.with(.post)
    /// getProfile, and putProfile (refused).
    static let profile = Endpoint(.get, base + "/profile", access: .apiClient)
    static let putProfile = profile.with(.put)

    /// The endpoints apps call: no session, no CSRF token, errors in JSON.
    static let clientPatterns: Set<String> = [register.pattern, token.pattern, revoke.pattern, credentials.pattern, profile.pattern]

    /// Whether a matched route pattern is one apps call (not the consent page).
    static func isClientRoute(_ pattern: String?) -> Bool { pattern.map(clientPatterns.contains) ?? false }
}

/// The educator's "Connected apps and tokens" settings.
enum APISettingsEndpoints {
    static let page = Endpoint(.get, "/account/apps", access: .signedIn)
    /// Disconnects one app (revokes every token it holds).
    static let disconnect = Endpoint(.post, "/account/apps/:client/disconnect", String.self, access: .signedIn)
    /// Makes a personal access token (shown once on the answer).
    static let createToken = Endpoint(.post, "/account/apps/tokens", access: .signedIn)
    static let revokeToken = Endpoint(.post, "/account/apps/tokens/:id/revoke", PersonalAccessToken.ID.self, access: .signedIn)
}
