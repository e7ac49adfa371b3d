import CairnCore
import CairnStore
import Foundation

/// Registering apps for the Open Badges 3.0 API by RFC 7591 dynamic registration, as OB 3.0
/// profiles it: no initial access token, every URL given, `client_secret_basic` only.
public struct OAuthClients: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// Registers an app and answers with its id and secret (the secret is kept only as a hash).
    ///
    /// The scopes kept are those asked for that Cairn grants; asking only for scopes Cairn refuses
    /// (`credential.upsert`) or unknown ones is refused.
    /// - Throws: `OAuthError` `invalid_redirect_uri` or `invalid_client_metadata`.
    public func register(_ metadata: ClientMetadata) throws -> RegisteredClient {
        let checked = try Self.check(metadata)
        let id = Crypto.randomToken(), secret = Crypto.randomToken()
        let now = installation.clock()
        try installation.store.oauth.register(OAuthClient(
            id: id, secretHash: Crypto.sha256Hex(secret), name: checked.name, clientURI: checked.clientURI, logoURI: checked.logoURI,
            tosURI: checked.tosURI, policyURI: checked.policyURI, softwareID: checked.softwareID, softwareVersion: checked.softwareVersion,
            redirectURIs: checked.redirectURIs, scopes: checked.scopes, contacts: checked.contacts, createdAt: now))
        var kept = metadata
        kept.scope = checked.scopes.text
        kept.tokenEndpointAuthMethod = "client_secret_basic"
        kept.grantTypes = ["authorization_code", "refresh_token"]
        kept.responseTypes = ["code"]
        kept.contacts = checked.contacts.isEmpty ? nil : checked.contacts
        return RegisteredClient(clientID: id, clientSecret: secret, clientIDIssuedAt: Int(now.timeIntervalSince1970),
                                clientSecretExpiresAt: 0, metadata: kept)
    }

    /// The metadata as Cairn keeps it.
    struct Checked {
        let name, clientURI, logoURI, tosURI, policyURI, softwareID, softwareVersion: String
        let redirectURIs: [String]
        let scopes: APIScopes
        let contacts: [String]
    }

    /// Checks what RFC 7591 and OB 3.0 require of a registration.
    static func check(_ metadata: ClientMetadata) throws(OAuthError) -> Checked {
        func required(_ value: String?, _ name: String) throws(OAuthError) -> String {
            let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !trimmed.isEmpty else { throw OAuthError(.invalidClientMetadata, "\(name) is required.") }
            guard trimmed.count <= 2000 else { throw OAuthError(.invalidClientMetadata, "\(name) is too long.") }
            return trimmed
        }
        func url(_ value: String?, _ name: String) throws(OAuthError) -> String {
            let text = try required(value, name)
            guard RedirectURI.isAcceptable(text) else {
                throw OAuthError(.invalidClientMetadata, "\(name) must be an https URL.")
            }
            return text
        }
        let name = try required(metadata.clientName, "client_name")
        let clientURI = try url(metadata.clientURI, "client_uri"), logoURI = try url(metadata.logoURI, "logo_uri")
        let tosURI = try url(metadata.tosURI, "tos_uri"), policyURI = try url(metadata.policyURI, "policy_uri")
        let softwareID = try required(metadata.softwareID, "software_id")
        let softwareVersion = try required(metadata.softwareVersion, "software_version")

        let redirectURIs = metadata.redirectURIs ?? []
        guard !redirectURIs.isEmpty, redirectURIs.count <= 10 else {
            throw OAuthError(.invalidRedirectURI, "redirect_uris must list between one and ten URIs.")
        }
        for uri in redirectURIs where !RedirectURI.isAcceptable(uri) {
            throw OAuthError(.invalidRedirectURI, "\(uri) is not an https URL (http is allowed only to the loopback address).")
        }
        // OB 3.0: all URLs have the same host (a loopback redirect of a native app excepted).
        let host = RedirectURI.host(clientURI)
        for uri in [logoURI, tosURI, policyURI] + redirectURIs
        where RedirectURI.host(uri) != host && !(RedirectURI.host(uri).map(RedirectURI.isLoopback) ?? false) {
            throw OAuthError(uri.hasPrefix("http") && redirectURIs.contains(uri) ? .invalidRedirectURI : .invalidClientMetadata,
                             "\(uri) must have the same host as client_uri.")
        }

        if let method = metadata.tokenEndpointAuthMethod, method != "client_secret_basic" {
            throw OAuthError(.invalidClientMetadata, "token_endpoint_auth_method must be client_secret_basic.")
        }
        if let grants = metadata.grantTypes, !Set(grants).isSubset(of: ["authorization_code", "refresh_token"]) {
            throw OAuthError(.invalidClientMetadata, "grant_types may hold only authorization_code and refresh_token.")
        }
        if let types = metadata.responseTypes, !Set(types).isSubset(of: ["code"]) {
            throw OAuthError(.invalidClientMetadata, "response_types may hold only code.")
        }
        guard let asked = APIScopes(parsing: try required(metadata.scope, "scope")) else {
            throw OAuthError(.invalidClientMetadata, "scope names a scope Cairn does not know.")
        }
        let scopes = APIScopes(asked.scopes.filter(\.isGranted))
        guard !scopes.isEmpty else {
            throw OAuthError(.invalidClientMetadata, "Cairn grants only credential.readonly and profile.readonly.")
        }
        let contacts = (metadata.contacts ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return Checked(name: name, clientURI: clientURI, logoURI: logoURI, tosURI: tosURI, policyURI: policyURI,
                       softwareID: softwareID, softwareVersion: softwareVersion, redirectURIs: redirectURIs, scopes: scopes,
                       contacts: Array(contacts.prefix(10)))
    }
}
