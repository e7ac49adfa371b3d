@testable import CairnApp
import CairnCore
@testable import CairnStore
import Foundation
import Testing

/// The Open Badges 3.0 API's use cases: registering apps, the educator's consent, the token
/// endpoint with PKCE, refresh and revocation, reading credentials and the profile, and personal
/// access tokens. A token never reads another person's or another organization's credentials.
@Suite struct OpenBadgesAPITests {
    static let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    static let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"  // RFC 7636 appendix B
    static let readBoth = APIScopes.granted.text

    static let metadata = ClientMetadata(
        clientName: "Backpack", clientURI: "https://backpack.example", logoURI: "https://backpack.example/logo.png",
        tosURI: "https://backpack.example/tos", policyURI: "https://backpack.example/privacy", softwareID: "backpack",
        softwareVersion: "2.1", redirectURIs: ["https://backpack.example/callback", "http://127.0.0.1:8400/cb"], scope: readBoth)

    static func request(_ client: RegisteredClient, scope: String = readBoth, challenge: String = challenge) -> OAuthAuthorizing.Request {
        OAuthAuthorizing.Request(responseType: "code", clientID: client.clientID, redirectURI: "https://backpack.example/callback",
                                 scope: scope, state: "xyz", codeChallenge: challenge, codeChallengeMethod: "S256")
    }

    static func query(_ location: String, _ name: String) -> String? {
        URLComponents(string: location)?.queryItems?.first { $0.name == name }?.value
    }

    /// Registers Backpack and has the demo educator approve it; returns the client and the code.
    static func approved(in world: RiverbendWorld) throws -> (RegisteredClient, code: String) {
        let client = try OAuthClients(installation: world.installation).register(metadata)
        let location = try OAuthAuthorizing(installation: world.installation)
            .decide(request(client), approve: true, by: try world.member("educator@riverbend.example"))
        return (client, try #require(query(location, "code")))
    }

    static func exchange(_ code: String, _ client: RegisteredClient, verifier: String = verifier) -> OAuthTokens.Grant {
        var grant = OAuthTokens.Grant(clientID: client.clientID, clientSecret: client.clientSecret, grantType: "authorization_code")
        grant.code = code
        grant.redirectURI = "https://backpack.example/callback"
        grant.codeVerifier = verifier
        return grant
    }

    static func issue(_ n: Int, to member: Member, in world: RiverbendWorld, document: String? = nil) throws {
        let credential = IssuedCredential(organizationID: member.organization.id, educatorID: member.person.id, awardID: nil,
                                          microcredentialID: nil, name: "C\(n)", statusIndex: 1000 + n,
                                          document: document ?? "{\"id\": \"urn:c:\(n)\"}", issuedAt: Date().addingTimeInterval(Double(n)),
                                          validUntil: nil)
        try world.store.write { try world.store.credentials.insert(credential, in: $0) }
    }

    // MARK: Registration

    @Test func theChallengeOfRFC7636sExampleVerifierIsItsS256() {
        #expect(PKCE.challenge(for: Self.verifier) == Self.challenge)
        #expect(PKCE.verifies(Self.verifier, challenge: Self.challenge))
        #expect(!PKCE.verifies(Self.verifier + "x", challenge: Self.challenge))
    }

    @Test func registrationKeepsOnlyTheScopesCairnGrantsAndHashesTheSecret() throws {
        try RiverbendWorld.with { world in
            var metadata = Self.metadata
            metadata.scope = Self.readBoth + " " + APIScope.credentialUpsert.rawValue + " offline_access"
            let client = try OAuthClients(installation: world.installation).register(metadata)
            #expect(client.metadata.scope == Self.readBoth)
            #expect(client.clientSecretExpiresAt == 0)
            let stored = try #require(try world.store.oauth.client(client.clientID))
            #expect(stored.secretHash == Crypto.sha256Hex(client.clientSecret))
            #expect(stored.redirectURIs == Self.metadata.redirectURIs)
        }
    }

    @Test(arguments: [
        (uris: ["http://backpack.example/callback"], code: OAuthError.Code.invalidRedirectURI),
        (uris: [], code: .invalidRedirectURI),
        (uris: ["https://elsewhere.example/callback"], code: .invalidRedirectURI),
        (uris: ["https://backpack.example/cb#part"], code: .invalidRedirectURI),
        (uris: ["javascript:alert(1)"], code: .invalidRedirectURI),
    ])
    func registrationRefusesARedirectURIThatIsNotHTTPSOnTheAppsHost(uris: [String], code: OAuthError.Code) throws {
        try RiverbendWorld.with { world in
            var metadata = Self.metadata
            metadata.redirectURIs = uris
            #expect { try OAuthClients(installation: world.installation).register(metadata) } throws: {
                ($0 as? OAuthError)?.code == code
            }
        }
    }

    @Test func registrationRefusesMissingMetadataAndScopesCairnNeverGrants() throws {
        try RiverbendWorld.with { world in
            var noLogo = Self.metadata
            noLogo.logoURI = nil
            var upsertOnly = Self.metadata
            upsertOnly.scope = APIScope.credentialUpsert.rawValue
            var postAuth = Self.metadata
            postAuth.tokenEndpointAuthMethod = "client_secret_post"
            for metadata in [noLogo, upsertOnly, postAuth] {
                #expect { try OAuthClients(installation: world.installation).register(metadata) } throws: {
                    ($0 as? OAuthError)?.code == .invalidClientMetadata
                }
            }
        }
    }

    // MARK: Authorization

    @Test func askingForUpsertOrAnUnknownScopeIsSentBackAsInvalidScope() throws {
        try RiverbendWorld.with { world in
            let client = try OAuthClients(installation: world.installation).register(Self.metadata)
            let authorizing = OAuthAuthorizing(installation: world.installation)
            for scope in [APIScope.credentialUpsert.rawValue, "https://example.org/scope/everything"] {
                #expect { try authorizing.consent(Self.request(client, scope: scope)) } throws: { error in
                    guard case .redirect(let refusal, let location) = error as? OAuthAuthorizing.Refusal else { return false }
                    return refusal.code == .invalidScope && Self.query(location, "error") == "invalid_scope"
                        && Self.query(location, "state") == "xyz" && location.hasPrefix("https://backpack.example/callback?")
                }
            }
        }
    }

    @Test func anUnregisteredRedirectURIIsShownNeverFollowed() throws {
        try RiverbendWorld.with { world in
            let client = try OAuthClients(installation: world.installation).register(Self.metadata)
            var request = Self.request(client)
            request.redirectURI = "https://attacker.example/steal"
            #expect { try OAuthAuthorizing(installation: world.installation).consent(request) } throws: { error in
                if case .shown = error as? OAuthAuthorizing.Refusal { return true }
                return false
            }
        }
    }

    @Test func aRequestWithoutAnS256ChallengeIsRefused() throws {
        try RiverbendWorld.with { world in
            let client = try OAuthClients(installation: world.installation).register(Self.metadata)
            var plain = Self.request(client)
            plain.codeChallengeMethod = "plain"
            var none = Self.request(client, challenge: "")
            none.codeChallengeMethod = "S256"
            for request in [plain, none] {
                #expect { try OAuthAuthorizing(installation: world.installation).consent(request) } throws: { error in
                    guard case .redirect(let refusal, _) = error as? OAuthAuthorizing.Refusal else { return false }
                    return refusal.code == .invalidRequest
                }
            }
        }
    }

    @Test func denyingSendsAccessDeniedAndMakesNoCode() throws {
        try RiverbendWorld.with { world in
            let client = try OAuthClients(installation: world.installation).register(Self.metadata)
            let location = try OAuthAuthorizing(installation: world.installation)
                .decide(Self.request(client), approve: false, by: try world.member("educator@riverbend.example"))
            #expect(Self.query(location, "error") == "access_denied")
            #expect(Self.query(location, "code") == nil)
            #expect(try world.rows(in: "oauth_authorization_codes") == 0)
        }
    }

    // MARK: Tokens

    @Test func theRightVerifierGetsTokensThatReadOnlyTheEducatorsOwnCredentials() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member("educator@riverbend.example")
            try Self.issue(1, to: educator, in: world, document: "{ \"id\" :\"urn:c:1\",\n  \"name\": \"As signed\" }")
            try Self.issue(2, to: try world.member("assessor@riverbend.example"), in: world)
            let (client, code) = try Self.approved(in: world)
            let issued = try OAuthTokens(installation: world.installation).token(Self.exchange(code, client))
            #expect(issued.tokenType == "Bearer" && issued.expiresIn == 3600 && issued.scope == Self.readBoth)
            #expect(try world.store.oauth.token(hash: Crypto.sha256Hex(issued.accessToken), kind: .access) != nil, "kept as a hash")

            let resources = OpenBadgesResources(installation: world.installation)
            let page = try resources.credentials(bearer: issued.accessToken, limit: nil, offset: nil, since: nil)
            #expect(page.documents == ["{ \"id\" :\"urn:c:1\",\n  \"name\": \"As signed\" }"], "the educator's only, byte for byte")
            #expect(page.total == 1)
            let profile = try resources.profile(bearer: issued.accessToken)
            #expect(profile.name == educator.person.displayName && profile.type == ["Profile"])
        }
    }

    @Test func aWrongVerifierIsRefusedAndBurnsTheCode() throws {
        try RiverbendWorld.with { world in
            let (client, code) = try Self.approved(in: world)
            let tokens = OAuthTokens(installation: world.installation)
            #expect { try tokens.token(Self.exchange(code, client, verifier: String(repeating: "a", count: 43))) } throws: {
                ($0 as? OAuthError)?.code == .invalidGrant
            }
            #expect { try tokens.token(Self.exchange(code, client)) } throws: { ($0 as? OAuthError)?.code == .invalidGrant }
            #expect(try world.rows(in: "oauth_tokens") == 0)
        }
    }

    @Test func aReusedCodeIsRefusedAndRevokesWhatItGave() throws {
        try RiverbendWorld.with { world in
            let (client, code) = try Self.approved(in: world)
            let tokens = OAuthTokens(installation: world.installation)
            let issued = try tokens.token(Self.exchange(code, client))
            #expect { try tokens.token(Self.exchange(code, client)) } throws: { ($0 as? OAuthError)?.code == .invalidGrant }
            #expect(throws: OpenBadgesAPIError.unauthorized) {
                try OpenBadgesResources(installation: world.installation).profile(bearer: issued.accessToken)
            }
        }
    }

    @Test func aWrongSecretIsAnInvalidClient() throws {
        try RiverbendWorld.with { world in
            let (client, code) = try Self.approved(in: world)
            var grant = Self.exchange(code, client)
            grant.clientSecret = "guess"
            #expect { try OAuthTokens(installation: world.installation).token(grant) } throws: { ($0 as? OAuthError)?.code == .invalidClient }
        }
    }

    @Test func refreshingGivesANewAccessTokenAndRevokingTheRefreshTokenEndsTheGrant() throws {
        try RiverbendWorld.with { world in
            let (client, code) = try Self.approved(in: world)
            let tokens = OAuthTokens(installation: world.installation), resources = OpenBadgesResources(installation: world.installation)
            let issued = try tokens.token(Self.exchange(code, client))
            var refresh = OAuthTokens.Grant(clientID: client.clientID, clientSecret: client.clientSecret, grantType: "refresh_token")
            refresh.refreshToken = try #require(issued.refreshToken)
            refresh.scope = APIScope.profileReadonly.rawValue
            let renewed = try tokens.token(refresh)
            #expect(renewed.scope == APIScope.profileReadonly.rawValue, "a narrower scope may be asked")
            #expect(throws: OpenBadgesAPIError.insufficientScope(.credentialReadonly)) {
                try resources.credentials(bearer: renewed.accessToken, limit: nil, offset: nil, since: nil)
            }
            try tokens.revoke(token: refresh.refreshToken, clientID: client.clientID, clientSecret: client.clientSecret)
            for access in [issued.accessToken, renewed.accessToken] {
                #expect(throws: OpenBadgesAPIError.unauthorized) { try resources.profile(bearer: access) }
            }
            #expect { try tokens.token(refresh) } throws: { ($0 as? OAuthError)?.code == .invalidGrant }
            // Revoking an unknown token is no error (RFC 7009 §2.2).
            try tokens.revoke(token: "cairn_at_unknown", clientID: client.clientID, clientSecret: client.clientSecret)
        }
    }

    // MARK: Reading

    @Test func credentialsComeAPageAtATimeWithTheirTotal() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member("educator@riverbend.example")
            for n in 1...5 { try Self.issue(n, to: educator, in: world) }
            let (client, code) = try Self.approved(in: world)
            let issued = try OAuthTokens(installation: world.installation).token(Self.exchange(code, client))
            let resources = OpenBadgesResources(installation: world.installation)
            let page = try resources.credentials(bearer: issued.accessToken, limit: "2", offset: "2", since: nil)
            #expect(page.documents == ["{\"id\": \"urn:c:3\"}", "{\"id\": \"urn:c:2\"}"])
            #expect(page.total == 5 && page.limit == 2 && page.offset == 2)
            for (limit, offset, since) in [("0", "0", ""), ("x", "0", ""), ("2", "-1", ""), ("2", "0", "yesterday")] {
                #expect(throws: OpenBadgesAPIError.self) {
                    try resources.credentials(bearer: issued.accessToken, limit: limit, offset: offset, since: since)
                }
            }
        }
    }

    @Test func changingCredentialsOrTheProfileIsRefusedAfterTheTokenIsChecked() throws {
        try RiverbendWorld.with { world in
            let resources = OpenBadgesResources(installation: world.installation)
            #expect(throws: OpenBadgesAPIError.unauthorized) { try resources.refuseChange(bearer: nil) }
            let (client, code) = try Self.approved(in: world)
            let issued = try OAuthTokens(installation: world.installation).token(Self.exchange(code, client))
            #expect(throws: OpenBadgesAPIError.notAllowed) { try resources.refuseChange(bearer: issued.accessToken) }
        }
    }

    // MARK: Personal access tokens and connected apps

    @Test func aPersonalAccessTokenReadsUntilItIsRevoked() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member("educator@riverbend.example")
            let connections = APIConnections(installation: world.installation)
            #expect(throws: PersonalAccessTokenError.nameRequired) { try connections.create(name: " ", scopes: [.profileReadonly], by: educator) }
            #expect(throws: PersonalAccessTokenError.noScope) { try connections.create(name: "Script", scopes: [.credentialUpsert], by: educator) }
            let (token, secret) = try connections.create(name: "Export script", scopes: [.profileReadonly], by: educator)
            #expect(secret.hasPrefix("cairn_pat_") && token.tokenHash == Crypto.sha256Hex(secret))
            let resources = OpenBadgesResources(installation: world.installation)
            #expect(try resources.profile(bearer: secret).email == educator.person.email.rawValue)
            #expect(throws: OpenBadgesAPIError.insufficientScope(.credentialReadonly)) {
                try resources.credentials(bearer: secret, limit: nil, offset: nil, since: nil)
            }
            #expect(try connections.page(for: educator).tokens.first?.lastUsedAt != nil)
            #expect(try connections.revoke(token.id, by: try world.member("assessor@riverbend.example")) == false, "only its owner")
            #expect(try connections.revoke(token.id, by: educator))
            #expect(throws: OpenBadgesAPIError.unauthorized) { try resources.profile(bearer: secret) }
        }
    }

    @Test func disconnectingAnAppRevokesItsTokens() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member("educator@riverbend.example")
            let (client, code) = try Self.approved(in: world)
            let issued = try OAuthTokens(installation: world.installation).token(Self.exchange(code, client))
            let connections = APIConnections(installation: world.installation)
            #expect(try connections.page(for: educator).apps.map(\.client.name) == ["Backpack"])
            #expect(try connections.disconnect(clientID: client.clientID, by: educator))
            #expect(try connections.page(for: educator).apps.isEmpty)
            #expect(throws: OpenBadgesAPIError.unauthorized) {
                try OpenBadgesResources(installation: world.installation).profile(bearer: issued.accessToken)
            }
        }
    }
}
