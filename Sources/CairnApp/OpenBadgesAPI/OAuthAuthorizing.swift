import CairnCore
import CairnStore
import Foundation

/// An educator letting an app read their credentials or profile: the authorization request is
/// checked, the consent page shows the app and what it asks, and approving makes a single-use code
/// bound to the app, its redirect URI and its PKCE challenge (RFC 6749 §4.1, RFC 7636, S256 only).
public struct OAuthAuthorizing: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// The query of an authorization request, as the app sent it.
    public struct Request: Sendable, Equatable {
        public var responseType, clientID, redirectURI, scope, state, codeChallenge, codeChallengeMethod: String

        public init(responseType: String, clientID: String, redirectURI: String, scope: String, state: String, codeChallenge: String,
                    codeChallengeMethod: String) {
            (self.responseType, self.clientID, self.redirectURI, self.scope) = (responseType, clientID, redirectURI, scope)
            (self.state, self.codeChallenge, self.codeChallengeMethod) = (state, codeChallenge, codeChallengeMethod)
        }
    }

    /// What the consent page shows: the app and the scopes it asks for.
    public struct Consent: Sendable {
        public let client: OAuthClient
        public let scopes: APIScopes
        public let request: Request
    }

    /// Why an authorization request goes no further.
    public enum Refusal: DomainError, Equatable {
        /// The app or its redirect URI is unknown: told to the person, never sent to an unregistered address.
        case shown(OAuthError)
        /// Anything else: the app hears it at its redirect URI (with `error`, `error_description`, `state`).
        case redirect(OAuthError, location: String)

        public var kind: DomainErrorKind { .malformed }
        public var message: String {
            switch self {
            case .shown(let error): "This app's request cannot be accepted: \(error.description)"
            case .redirect(let error, _): error.description
            }
        }
    }

    /// Checks a request before the consent page is shown.
    ///
    /// - Throws: `Refusal.shown` for an unknown client or redirect URI, `Refusal.redirect` with
    ///   `unsupported_response_type`, `invalid_request` (no state or PKCE challenge, a method other
    ///   than S256) or `invalid_scope` (unknown scopes, `credential.upsert`, or beyond the registration).
    public func consent(_ request: Request) throws(Refusal) -> Consent {
        let client: OAuthClient?
        do { client = try installation.store.oauth.client(request.clientID) } catch {
            throw .shown(OAuthError(.invalidRequest, "Cairn could not look up the app just now; try again."))
        }
        guard let client else { throw .shown(OAuthError(.invalidClient, "the app is not registered with Cairn.")) }
        guard client.redirectURIs.contains(request.redirectURI) else {
            throw .shown(OAuthError(.invalidRequest, "the redirect URI is not one the app registered."))
        }
        func refuse(_ code: OAuthError.Code, _ description: String) -> Refusal {
            .redirect(OAuthError(code, description), location: RedirectURI.appending(
                [("error", code.rawValue), ("error_description", description)] + (request.state.isEmpty ? [] : [("state", request.state)]),
                to: request.redirectURI))
        }
        guard request.responseType == "code" else { throw refuse(.unsupportedResponseType, "response_type must be code.") }
        guard !request.state.isEmpty else { throw refuse(.invalidRequest, "state is required.") }
        guard request.codeChallengeMethod == "S256" else { throw refuse(.invalidRequest, "code_challenge_method must be S256.") }
        guard Self.isChallenge(request.codeChallenge) else {
            throw refuse(.invalidRequest, "code_challenge must be the BASE64URL SHA-256 of the code verifier.")
        }
        guard let scopes = APIScopes(parsing: request.scope) else { throw refuse(.invalidScope, "scope names a scope Cairn does not know.") }
        guard scopes.refused.isEmpty else {
            throw refuse(.invalidScope, "Cairn does not grant \(scopes.refused.map(\.rawValue).joined(separator: " ")).")
        }
        guard !scopes.isEmpty else { throw refuse(.invalidScope, "scope is required.") }
        guard scopes.isSubset(of: client.scopes) else { throw refuse(.invalidScope, "scope goes beyond what the app registered.") }
        return Consent(client: client, scopes: scopes, request: request)
    }

    /// The educator's answer: where their browser goes next, the app's redirect URI with a code
    /// (`code`, `scope`, `state`) when they approve, `error=access_denied` when they deny.
    ///
    /// The request is checked again (the form came back from the browser). The code is bound to
    /// the member's person and current organization.
    public func decide(_ request: Request, approve: Bool, by member: Member) throws -> String {
        let consent = try consent(request)
        guard approve else {
            return RedirectURI.appending([("error", "access_denied"), ("error_description", "The educator declined."),
                                          ("state", request.state)], to: request.redirectURI)
        }
        let code = "cairn_ac_" + Crypto.randomToken()
        try installation.store.oauth.insert(AuthorizationCode(
            grantID: UUID().uuidString.lowercased(), codeHash: Crypto.sha256Hex(code), clientID: consent.client.id,
            redirectURI: request.redirectURI, scopes: consent.scopes, codeChallenge: request.codeChallenge,
            personID: member.person.id, organizationID: member.organization.id, createdAt: installation.clock()))
        return RedirectURI.appending([("code", code), ("scope", consent.scopes.text), ("state", request.state)], to: request.redirectURI)
    }

    /// Whether `text` has the shape of an S256 challenge: 43 base64url characters.
    static func isChallenge(_ text: String) -> Bool {
        text.utf8.count == 43 && text.utf8.allSatisfy { PKCE.isBase64URL($0) }
    }
}
