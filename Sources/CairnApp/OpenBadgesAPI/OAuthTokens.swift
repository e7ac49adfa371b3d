import CairnCore
import CairnStore
import Foundation

/// The token endpoint and revocation: apps authenticate with HTTP Basic (`client_secret_basic`),
/// exchange a code with its PKCE verifier, refresh, and revoke (RFC 6749 §4.1.3 and §6, RFC 7009).
/// Tokens are random and kept only as SHA-256 hashes.
public struct OAuthTokens: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// The token response (RFC 6749 §5.1).
    public struct Issued: Encodable, Sendable, Equatable {
        public let accessToken: String
        public let tokenType: String
        public let expiresIn: Int
        public let refreshToken: String?
        public let scope: String

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token", tokenType = "token_type", expiresIn = "expires_in", refreshToken = "refresh_token", scope
        }
    }

    /// What a token request carries, from its form fields and its Basic credentials.
    public struct Grant: Sendable {
        public var clientID: String?, clientSecret: String?
        public var grantType: String
        public var code = "", redirectURI = "", codeVerifier = "", refreshToken = "", scope = ""

        public init(clientID: String?, clientSecret: String?, grantType: String) {
            (self.clientID, self.clientSecret, self.grantType) = (clientID, clientSecret, grantType)
        }
    }

    /// Answers a token request: `authorization_code` or `refresh_token`.
    ///
    /// - Throws: `OAuthError` `invalid_client` (unknown app or wrong secret), `invalid_grant` (a
    ///   code unknown, expired, used, another app's, for another redirect URI, or with a verifier
    ///   that does not answer its challenge; a refresh token dead or another app's), `invalid_scope`,
    ///   `invalid_request`, `unsupported_grant_type`.
    public func token(_ grant: Grant) throws -> Issued {
        let client = try authenticate(grant.clientID, grant.clientSecret)
        switch grant.grantType {
        case "authorization_code": return try exchange(grant, client: client)
        case "refresh_token": return try refresh(grant, client: client)
        case "": throw OAuthError(.invalidRequest, "grant_type is required.")
        default: throw OAuthError(.unsupportedGrantType, "Cairn accepts authorization_code and refresh_token.")
        }
    }

    /// The app whose Basic credentials these are.
    func authenticate(_ id: String?, _ secret: String?) throws -> OAuthClient {
        guard let id, let secret, !id.isEmpty,
              let client = try installation.store.oauth.client(id),
              Secrets.match(Crypto.sha256Hex(secret), client.secretHash)
        else { throw OAuthError(.invalidClient, "Authenticate the app with HTTP Basic: its client_id and client_secret.") }
        return client
    }

    private func exchange(_ grant: Grant, client: OAuthClient) throws -> Issued {
        guard !grant.code.isEmpty, !grant.redirectURI.isEmpty, !grant.codeVerifier.isEmpty else {
            throw OAuthError(.invalidRequest, "code, redirect_uri and code_verifier are required.")
        }
        let now = installation.clock(), store = installation.store
        let hash = Crypto.sha256Hex(grant.code)
        // The code is spent whatever follows (a wrong verifier burns it), so the transaction commits
        // and the refusal is thrown after it.
        let outcome: Result<Issued, OAuthError> = try store.write { tx in
            guard let code = try store.oauth.consumeCode(hash: hash, at: now, in: tx) else {
                if let spent = try store.oauth.code(hash: hash, in: tx), spent.usedAt != nil, spent.clientID == client.id {
                    // A reused code: deny, and take back what it gave (OB 3.0, RFC 6749 §4.1.2).
                    try store.oauth.revokeGrant(spent.grantID, at: now, in: tx)
                    return .failure(OAuthError(.invalidGrant, "The code was already used; the tokens it gave are revoked."))
                }
                return .failure(OAuthError(.invalidGrant, "The code is unknown or expired."))
            }
            guard code.clientID == client.id else { return .failure(OAuthError(.invalidGrant, "The code was given to another app.")) }
            guard code.redirectURI == grant.redirectURI else {
                return .failure(OAuthError(.invalidGrant, "redirect_uri differs from the authorization request's."))
            }
            guard PKCE.verifies(grant.codeVerifier, challenge: code.codeChallenge) else {
                return .failure(OAuthError(.invalidGrant, "code_verifier does not match the code_challenge."))
            }
            var scopes = code.scopes
            if !grant.scope.isEmpty {
                guard let asked = APIScopes(parsing: grant.scope), asked.isSubset(of: code.scopes), !asked.isEmpty else {
                    return .failure(OAuthError(.invalidScope, "scope goes beyond what the educator approved."))
                }
                scopes = asked
            }
            let access = "cairn_at_" + Crypto.randomToken(), refresh = "cairn_rt_" + Crypto.randomToken()
            for (secret, kind) in [(access, APIToken.Kind.access), (refresh, .refresh)] {
                try store.oauth.insert(APIToken(tokenHash: Crypto.sha256Hex(secret), kind: kind, grantID: code.grantID, clientID: client.id,
                                                personID: code.personID, organizationID: code.organizationID, scopes: scopes,
                                                createdAt: now), in: tx)
            }
            return .success(Issued(accessToken: access, tokenType: "Bearer", expiresIn: Int(APIToken.lifetime(of: .access)),
                                   refreshToken: refresh, scope: scopes.text))
        }
        return try outcome.get()
    }

    private func refresh(_ grant: Grant, client: OAuthClient) throws -> Issued {
        guard !grant.refreshToken.isEmpty else { throw OAuthError(.invalidRequest, "refresh_token is required.") }
        let now = installation.clock(), store = installation.store
        guard let refresh = try store.oauth.token(hash: Crypto.sha256Hex(grant.refreshToken), kind: .refresh),
              refresh.isLive(at: now), refresh.clientID == client.id
        else { throw OAuthError(.invalidGrant, "The refresh token is unknown, expired or revoked.") }
        var scopes = refresh.scopes
        if !grant.scope.isEmpty {
            guard let asked = APIScopes(parsing: grant.scope), asked.isSubset(of: refresh.scopes), !asked.isEmpty else {
                throw OAuthError(.invalidScope, "scope goes beyond the original grant.")
            }
            scopes = asked
        }
        let access = "cairn_at_" + Crypto.randomToken()
        try store.oauth.insert(APIToken(tokenHash: Crypto.sha256Hex(access), kind: .access, grantID: refresh.grantID, clientID: client.id,
                                        personID: refresh.personID, organizationID: refresh.organizationID, scopes: scopes,
                                        createdAt: now))
        return Issued(accessToken: access, tokenType: "Bearer", expiresIn: Int(APIToken.lifetime(of: .access)), refreshToken: nil,
                      scope: scopes.text)
    }

    /// Revokes a token the app holds (RFC 7009): a refresh token takes its whole grant with it.
    /// An unknown token is no error (§2.2); another app's token is refused and left alone.
    ///
    /// - Throws: `OAuthError` `invalid_client`, `invalid_request` (no token), `unauthorized_client`.
    public func revoke(token: String, clientID: String?, clientSecret: String?) throws {
        let client = try authenticate(clientID, clientSecret)
        guard !token.isEmpty else { throw OAuthError(.invalidRequest, "token is required.") }
        let now = installation.clock(), store = installation.store
        try store.write { tx in
            guard let found = try store.oauth.token(hash: Crypto.sha256Hex(token), in: tx) else { return }
            guard found.clientID == client.id else { throw OAuthError(.unauthorizedClient, "The token was issued to another app.") }
            if found.kind == .refresh {
                try store.oauth.revokeGrant(found.grantID, at: now, in: tx)
            } else {
                try store.oauth.revoke(tokenHash: found.tokenHash, at: now, in: tx)
            }
        }
    }
}
