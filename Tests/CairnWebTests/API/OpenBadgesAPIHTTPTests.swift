import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The Open Badges 3.0 API over real HTTP: discovery, registration, consent with CSRF, PKCE, paging
/// headers, refresh, revocation, refusals in the spec's formats, and an educator's credentials only.
@Suite struct OpenBadgesAPIHTTPTests {
    static let educator = "educator@riverbend.example"
    static let first = #"{"id":"urn:uuid:first","name":"Reflective practice"}"#
    static let second = "{ \"id\" : \"urn:uuid:second\",\n  \"name\": \"Kept byte for byte\" }"

    @Test func theDiscoveryDocumentNamesTheOAuthURLsAndScopes() throws {
        try TestApp.with { app in
            let response = try app.client().get("/ims/ob/v3p0/discovery")
            #expect(response.status == 200)
            let document = try OpenBadgesAPIClient.object(response)
            let info = try #require(document["info"] as? [String: Any])
            #expect(info["termsOfService"] != nil && info["x-imssf-privacyPolicyUrl"] != nil && document["openapi"] as? String == "3.0.1")
            let components = try #require(document["components"] as? [String: Any])
            let schemes = try #require(components["securitySchemes"] as? [String: Any])
            let oauth = try #require(schemes["OAuth2ACG"] as? [String: Any])
            #expect(oauth["type"] as? String == "oauth2")
            #expect((oauth["x-imssf-registrationUrl"] as? String)?.hasSuffix("/ims/ob/v3p0/auth/register") == true)
            let flow = try #require((oauth["flows"] as? [String: Any])?["authorizationCode"] as? [String: Any])
            #expect((flow["authorizationUrl"] as? String)?.hasSuffix("/ims/ob/v3p0/auth/authorize") == true)
            #expect((flow["tokenUrl"] as? String)?.hasSuffix("/ims/ob/v3p0/auth/token") == true)
            #expect((flow["refreshUrl"] as? String)?.hasSuffix("/ims/ob/v3p0/auth/token") == true)
            let scopes = try #require(flow["scopes"] as? [String: String])
            #expect(Set(scopes.keys) == Set(APIScope.allCases.map(\.rawValue)))
            #expect(scopes[APIScope.credentialUpsert.rawValue]?.contains("refused") == true)
        }
    }

    @Test(arguments: TestEngine.available)
    func theWholeOAuthFlowWorksEndToEnd(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            try app.issueCredential(to: Self.educator, in: "riverbend", document: Self.first, daysAgo: 2)
            try app.issueCredential(to: Self.educator, in: "riverbend", document: Self.second, daysAgo: 1)
            let backpack = try OpenBadgesAPIClient.register(in: app)

            // Signed out, the consent page sends the educator to sign in first, and back.
            let anonymous = try app.client().get(backpack.authorizationPath())
            #expect(anonymous.status == 303)
            #expect(anonymous.location?.hasPrefix("/signin?next=%2Fims%2Fob%2Fv3p0%2Fauth%2Fauthorize") == true)

            // The answer needs the page's CSRF token.
            let browser = try app.signedIn(Self.educator)
            let page = try browser.get(backpack.authorizationPath())
            #expect(page.text.contains("Read the credentials you earned") && page.text.contains("Read your profile"))
            let forged = try OpenBadgesAPIClient.hiddenFields(page.text).filter { $0.0 != "_csrf" } + [("decision", "approve")]
            #expect(try browser.post("/ims/ob/v3p0/auth/authorize", form: forged).status == 403)
            let code = try backpack.approve(as: browser)

            let tokens = try backpack.exchange(code)
            #expect(tokens.status == 200, "\(tokens.text)")
            #expect(tokens.header("Cache-Control") == "no-store")
            let issued = try OpenBadgesAPIClient.object(tokens)
            let access = try #require(issued["access_token"] as? String)
            let refresh = try #require(issued["refresh_token"] as? String)
            #expect((issued["token_type"] as? String)?.lowercased() == "bearer")
            #expect(issued["scope"] as? String == OpenBadgesAPIClient.scopes)

            // One credential a page: the newest first, spliced as stored, with the paging headers.
            let page1 = try backpack.get("/ims/ob/v3p0/credentials?limit=1", bearer: access)
            #expect(page1.status == 200)
            #expect(page1.text == "{\"credential\":[\(Self.second)]}")
            #expect(page1.header("X-Total-Count") == "2")
            let link1 = try #require(page1.header("Link"))
            #expect(link1.contains("limit=1&offset=1>; rel=\"next\""))
            #expect(link1.contains("limit=1&offset=0>; rel=\"first\"") && link1.contains("limit=1&offset=1>; rel=\"last\""))
            #expect(!link1.contains("rel=\"prev\""))
            let page2 = try backpack.get("/ims/ob/v3p0/credentials?limit=1&offset=1", bearer: access)
            #expect(page2.text == "{\"credential\":[\(Self.first)]}")
            #expect(page2.header("Link")?.contains("rel=\"prev\"") == true && page2.header("Link")?.contains("rel=\"next\"") == false)
            let whole = try backpack.get("/ims/ob/v3p0/credentials", bearer: access)
            #expect(whole.header("X-Total-Count") == "2" && whole.header("Link") == nil, "a complete page has no Link")

            let profile = try OpenBadgesAPIClient.object(try backpack.get("/ims/ob/v3p0/profile", bearer: access))
            #expect(profile["name"] as? String == "Jordan Ellis")
            #expect(profile["type"] as? [String] == ["Profile"])

            // Refresh gives a new access token; revoking the old one refuses it, not the new one.
            let renewed = try backpack.token([("grant_type", "refresh_token"), ("refresh_token", refresh)])
            #expect(renewed.status == 200)
            let access2 = try #require(try OpenBadgesAPIClient.object(renewed)["access_token"] as? String)
            #expect(try backpack.revoke(access).status == 200)
            let refused = try backpack.get("/ims/ob/v3p0/credentials", bearer: access)
            #expect(refused.status == 401)
            #expect(refused.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
            #expect(try OpenBadgesAPIClient.codeMinor(refused) == "unauthorizedrequest")
            #expect(try backpack.get("/ims/ob/v3p0/profile", bearer: access2).status == 200)
            // Revoking the refresh token ends the grant.
            #expect(try backpack.revoke(refresh).status == 200)
            #expect(try backpack.get("/ims/ob/v3p0/profile", bearer: access2).status == 401)
            #expect(try backpack.token([("grant_type", "refresh_token"), ("refresh_token", refresh)]).status == 400)
        }
    }

    @Test func aWrongCodeVerifierIsRefusedAndTheCodeIsSpent() throws {
        try TestApp.with { app in
            let backpack = try OpenBadgesAPIClient.register(in: app)
            let code = try backpack.approve(as: try app.signedIn(Self.educator))
            let wrong = try backpack.exchange(code, verifier: String(repeating: "x", count: 43))
            #expect(wrong.status == 400)
            #expect(try OpenBadgesAPIClient.object(wrong)["error"] as? String == "invalid_grant")
            #expect(try backpack.exchange(code).status == 400, "the code is spent")
        }
    }

    @Test func aReusedCodeIsRefusedAndTheTokensItGaveAreRevoked() throws {
        try TestApp.with { app in
            let backpack = try OpenBadgesAPIClient.register(in: app)
            let code = try backpack.approve(as: try app.signedIn(Self.educator))
            let access = try #require(try OpenBadgesAPIClient.object(try backpack.exchange(code))["access_token"] as? String)
            #expect(try backpack.get("/ims/ob/v3p0/profile", bearer: access).status == 200)
            let again = try backpack.exchange(code)
            #expect(again.status == 400)
            #expect(try OpenBadgesAPIClient.object(again)["error"] as? String == "invalid_grant")
            #expect(try backpack.get("/ims/ob/v3p0/profile", bearer: access).status == 401)
        }
    }

    @Test func aWrongClientSecretIsUnauthorized() throws {
        try TestApp.with { app in
            let backpack = try OpenBadgesAPIClient.register(in: app)
            let code = try backpack.approve(as: try app.signedIn(Self.educator))
            let response = try backpack.token([("grant_type", "authorization_code"), ("code", code),
                                               ("redirect_uri", OpenBadgesAPIClient.redirectURI),
                                               ("code_verifier", OpenBadgesAPIClient.verifier)], secret: "guess")
            #expect(response.status == 401)
            #expect(response.header("WWW-Authenticate")?.hasPrefix("Basic") == true)
            #expect(try OpenBadgesAPIClient.object(response)["error"] as? String == "invalid_client")
        }
    }

    @Test(arguments: TestEngine.available)
    func anotherOrganizationsCredentialsAreNeverInAResponse(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            try app.issueCredential(to: Self.educator, in: "riverbend", document: Self.first, daysAgo: 3)
            // The same person's credential from Lakeside, and a Lakeside teacher's.
            try app.issueCredential(to: Self.educator, in: "lakeside", document: #"{"id":"urn:uuid:lakeside-jordan"}"#, daysAgo: 2)
            try app.issueCredential(to: "teacher@lakeside.example", in: "lakeside", document: #"{"id":"urn:uuid:lakeside-noah"}"#, daysAgo: 1)
            try app.issueCredential(to: "mei.chen@riverbend.example", in: "riverbend", document: #"{"id":"urn:uuid:mei"}"#, daysAgo: 1)
            let backpack = try OpenBadgesAPIClient.register(in: app)
            let code = try backpack.approve(as: try app.signedIn(Self.educator))
            let access = try #require(try OpenBadgesAPIClient.object(try backpack.exchange(code))["access_token"] as? String)
            for query in ["", "?limit=10", "?limit=1&offset=1", "?offset=5", "?since=2000-01-01T00:00:00Z"] {
                let response = try backpack.get("/ims/ob/v3p0/credentials" + query, bearer: access)
                #expect(response.status == 200)
                #expect(!response.text.contains("lakeside") && !response.text.contains("mei"), "\(query): \(response.text)")
                #expect(response.header("X-Total-Count") == "1")
            }
        }
    }

    @Test func upsertIsRefusedAsTheSpecSays() throws {
        try TestApp.with { app in
            let backpack = try OpenBadgesAPIClient.register(in: app)
            let browser = try app.signedIn(Self.educator)
            // Asking for the upsert scope goes back to the app as invalid_scope.
            let asked = try browser.get(backpack.authorizationPath(scope: APIScope.credentialUpsert.rawValue))
            #expect(asked.status == 303)
            #expect(OpenBadgesAPIClient.query(try #require(asked.location), "error") == "invalid_scope")
            #expect(OpenBadgesAPIClient.query(try #require(asked.location), "state") == "xyz")

            let body = Array(#"{"id":"urn:uuid:forged","type":["VerifiableCredential","OpenBadgeCredential"]}"#.utf8)
            let anonymous = try app.client().send(method: "POST", target: "/ims/ob/v3p0/credentials",
                                                  headers: [("Content-Type", "application/json")], body: body)
            #expect(anonymous.status == 401)
            let code = try backpack.approve(as: browser)
            let access = try #require(try OpenBadgesAPIClient.object(try backpack.exchange(code))["access_token"] as? String)
            let refused = try app.client().send(method: "POST", target: "/ims/ob/v3p0/credentials",
                                                headers: [("Content-Type", "application/json"), ("Authorization", "Bearer \(access)")],
                                                body: body)
            #expect(refused.status == 405)
            let info = try OpenBadgesAPIClient.object(refused)
            #expect(info["imsx_codeMajor"] as? String == "unsupported" && info["imsx_severity"] as? String == "error")
            #expect(try OpenBadgesAPIClient.codeMinor(refused) == "not_allowed")
            let put = try app.client().send(method: "PUT", target: "/ims/ob/v3p0/profile",
                                            headers: [("Content-Type", "application/json"), ("Authorization", "Bearer \(access)")],
                                            body: Array(#"{"id":"x","type":["Profile"]}"#.utf8))
            #expect(put.status == 405)
            #expect(try backpack.get("/ims/ob/v3p0/credentials", bearer: access).text == #"{"credential":[]}"#, "nothing was stored")
        }
    }

    @Test func registrationRefusesAnInsecureRedirectURI() throws {
        try TestApp.with { app in
            let metadata: [String: Any] = [
                "client_name": "Sloppy", "client_uri": "https://sloppy.example", "logo_uri": "https://sloppy.example/l.png",
                "tos_uri": "https://sloppy.example/tos", "policy_uri": "https://sloppy.example/p", "software_id": "s",
                "software_version": "1", "redirect_uris": ["http://sloppy.example/cb"], "scope": OpenBadgesAPIClient.scopes,
            ]
            let response = try app.client().send(method: "POST", target: "/ims/ob/v3p0/auth/register",
                                                  headers: [("Content-Type", "application/json")],
                                                  body: Array(try JSONSerialization.data(withJSONObject: metadata)))
            #expect(response.status == 400)
            #expect(try OpenBadgesAPIClient.object(response)["error"] as? String == "invalid_redirect_uri")
        }
    }

    // MARK: Connected apps and personal access tokens

    @Test func aPersonalAccessTokenWorksUntilItIsRevoked() throws {
        try TestApp.with { app in
            try app.issueCredential(to: Self.educator, in: "riverbend", document: Self.first, daysAgo: 1)
            let browser = try app.signedIn(Self.educator)
            #expect(try browser.get("/account").text.contains("/account/apps"))
            let made = try browser.submit("/account/apps", to: "/account/apps/tokens",
                                          [("name", "Portfolio export"), ("scopes", APIScope.credentialReadonly.rawValue)])
            #expect(made.status == 200)
            let range = try #require(made.text.range(of: #"<code id="new-token">cairn_pat_[A-Za-z0-9_-]+"#, options: .regularExpression))
            let secret = String(made.text[range].dropFirst(#"<code id="new-token">"#.count))
            #expect(try browser.get("/account/apps").text.contains(secret) == false, "shown once")

            let scripted = try app.client().get("/ims/ob/v3p0/credentials", headers: [("Authorization", "Bearer \(secret)")])
            #expect(scripted.status == 200 && scripted.text == "{\"credential\":[\(Self.first)]}")
            let profile = try app.client().get("/ims/ob/v3p0/profile", headers: [("Authorization", "Bearer \(secret)")])
            #expect(profile.status == 403, "the token was not given profile.readonly")
            #expect(try OpenBadgesAPIClient.codeMinor(profile) == "forbidden")

            let listed = try browser.get("/account/apps")
            let action = try #require(listed.text.range(of: #"/account/apps/tokens/[^"/]+/revoke"#, options: .regularExpression))
            #expect(try browser.submit("/account/apps", to: String(listed.text[action]), []).status == 303)
            #expect(try app.client().get("/ims/ob/v3p0/credentials", headers: [("Authorization", "Bearer \(secret)")]).status == 401)
        }
    }

    @Test func aTokenIsRefusedWithoutANameAndTheInputIsKept() throws {
        try TestApp.with { app in
            let browser = try app.signedIn(Self.educator)
            let refused = try browser.submit("/account/apps", to: "/account/apps/tokens", [("name", ""), ("scopes", APIScope.profileReadonly.rawValue)])
            #expect(refused.status == 422)
            #expect(refused.fieldError("name") != nil)
            #expect(!refused.text.contains("cairn_pat_"))
        }
    }

    @Test func disconnectingAnAppOnTheSettingsPageRevokesItsTokens() throws {
        try TestApp.with { app in
            let backpack = try OpenBadgesAPIClient.register(in: app)
            let browser = try app.signedIn(Self.educator)
            let access = try #require(try OpenBadgesAPIClient.object(try backpack.exchange(try backpack.approve(as: browser)))["access_token"] as? String)
            let settings = try browser.get("/account/apps")
            #expect(settings.text.contains("Backpack"))
            #expect(try browser.submit("/account/apps", to: "/account/apps/\(backpack.id)/disconnect", []).status == 303)
            #expect(try backpack.get("/ims/ob/v3p0/profile", bearer: access).status == 401)
            #expect(!(try browser.get("/account/apps").text.contains("Backpack")))
            // Another educator cannot disconnect it for them (there is nothing of theirs to disconnect).
            let other = try app.signedIn("mei.chen@riverbend.example")
            #expect(try other.submit("/account/apps", to: "/account/apps/\(backpack.id)/disconnect", []).status == 404)
        }
    }

    @Test func aBearerTokenIsNeverASessionAndASessionNeverABearerToken() throws {
        try TestApp.with { app in
            let browser = try app.signedIn(Self.educator)
            let made = try browser.submit("/account/apps", to: "/account/apps/tokens",
                                          [("name", "Script"), ("scopes", APIScope.profileReadonly.rawValue)])
            let range = try #require(made.text.range(of: #"cairn_pat_[A-Za-z0-9_-]+"#, options: .regularExpression))
            let secret = String(made.text[range])
            let page = try app.client().get("/dashboard", headers: [("Authorization", "Bearer \(secret)")])
            #expect(page.status == 303 && page.location?.hasPrefix("/signin") == true)
            let api = try browser.get("/ims/ob/v3p0/profile")
            #expect(api.status == 401, "the session cookie opens no API route")
        }
    }
}

/// A credential Cairn really issued comes through the API still verifiable: the proof holds over
/// the document as served.
@Suite struct OpenBadgesAPIIssuedCredentialTests {
    @Test func anIssuedCredentialServedByTheAPIStillVerifies() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let assessor = try app.member(ReviewWorld.assessor)
            try app.store.submissions.claim(submission.id, by: assessor.person.id, in: world.organization.id, at: Date())
            let decided = try app.app.reviewing.decide(try app.app.reviewing.open(submission.id, by: assessor), .init(
                scores: [ScoreEntry(criterionID: "plan", levelID: "demonstrated", feedback: "Clear."),
                         ScoreEntry(criterionID: "ask", levelID: "demonstrated", feedback: "Clear.")],
                summary: "", override: nil))
            #expect(decided.credential != nil)

            let backpack = try OpenBadgesAPIClient.register(in: app)
            let code = try backpack.approve(as: try app.signedIn(ReviewWorld.educator))
            let access = try #require(try OpenBadgesAPIClient.object(try backpack.exchange(code))["access_token"] as? String)
            let response = try backpack.get("/ims/ob/v3p0/credentials", bearer: access)
            #expect(response.header("X-Total-Count") == "1")
            let list = try #require(try OpenBadgesAPIClient.object(response)["credential"] as? [Any])
            let credential = try JSONSerialization.data(withJSONObject: try #require(list.first))
            let verification = app.app.credentials.verify(Array(credential))
            #expect(verification.verdict == .valid, "\(verification.checks.map(\.reason))")
        }
    }
}
