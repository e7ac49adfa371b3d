import CairnApp
import CairnCore
import CairnHTTP
import Foundation

/// The OAuth 2.0 side of the Open Badges API: dynamic registration, the consent page, the token
/// endpoint and revocation. Errors are answered as their RFCs say (JSON for apps; the consent
/// page's refusals go back to the app's redirect URI, or are shown when that URI is not trusted).
struct OAuthRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(APIEndpoints.register, accepts: .formOrJSON, registerClient)
        table.add(APIEndpoints.authorize, consent)
        table.add(APIEndpoints.decide, decide)
        table.add(APIEndpoints.token, token)
        table.add(APIEndpoints.revoke, revoke)
    }

    /// RFC 7591: the client's metadata as JSON; 201 with its id and secret.
    func registerClient(_ visitor: Visitor) throws -> Response {
        try answering {
            let metadata: ClientMetadata
            do { metadata = try JSONDecoder().decode(ClientMetadata.self, from: Data(visitor.request.body)) } catch {
                throw OAuthError(.invalidClientMetadata, "Send the client metadata as a JSON object (RFC 7591), with arrays for redirect_uris.")
            }
            var response = try Response.json(try OAuthClients(installation: app.installation).register(metadata), status: .created)
            response.headers.set("Cache-Control", "no-store")
            return response
        }
    }

    /// The consent page: the app, the scopes it asks for, approve or deny.
    func consent(_ context: SignedIn) throws -> Response {
        let request = Self.authorizationRequest(context.request.query)
        do {
            let consent = try OAuthAuthorizing(installation: app.installation).consent(request)
            var response = app.render(ConsentPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                                  consent: consent, member: context.member))
            // The answer redirects to the app: let this page's form lead there.
            response.headers.set("Content-Security-Policy",
                                 SecurityHeaders.contentSecurityPolicy.replacingOccurrences(
                                     of: "form-action 'self'", with: "form-action 'self' \(Self.origin(request.redirectURI))"))
            return response
        } catch {
            return refused(error, context)  // consent(_:) throws only its Refusal
        }
    }

    /// The educator's answer: back to the app with a code, or with `access_denied`.
    func decide(_ context: SignedIn) throws -> Response {
        let request = Self.authorizationRequest(context.request.form)
        do {
            let location = try OAuthAuthorizing(installation: app.installation)
                .decide(request, approve: context.request.form["decision"] == "approve", by: context.member)
            return .redirect(to: location)
        } catch let refusal as OAuthAuthorizing.Refusal {
            return refused(refusal, context)
        }
    }

    private func refused(_ refusal: OAuthAuthorizing.Refusal, _ context: SignedIn) -> Response {
        switch refusal {
        case .redirect(_, let location): .redirect(to: location)
        case .shown: app.render(ConsentRefusedPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                                   message: refusal.message), status: .badRequest)
        }
    }

    /// The token endpoint: Basic credentials and the grant's form fields; tokens as JSON, never cached.
    func token(_ visitor: Visitor) throws -> Response {
        try answering {
            let form = visitor.request.form
            let (id, secret) = Self.basicCredentials(visitor.request)
            var grant = OAuthTokens.Grant(clientID: id, clientSecret: secret, grantType: form["grant_type"] ?? "")
            grant.code = form["code"] ?? ""
            grant.redirectURI = form["redirect_uri"] ?? ""
            grant.codeVerifier = form["code_verifier"] ?? ""
            grant.refreshToken = form["refresh_token"] ?? ""
            grant.scope = form["scope"] ?? ""
            var response = try Response.json(try OAuthTokens(installation: app.installation).token(grant))
            response.headers.set("Cache-Control", "no-store")
            response.headers.set("Pragma", "no-cache")
            return response
        }
    }

    /// RFC 7009: 200 whether or not the token was known.
    func revoke(_ visitor: Visitor) throws -> Response {
        try answering {
            let (id, secret) = Self.basicCredentials(visitor.request)
            try OAuthTokens(installation: app.installation).revoke(token: visitor.request.form["token"] ?? "", clientID: id,
                                                                   clientSecret: secret)
            var response = Response(status: .ok)
            response.headers.set("Cache-Control", "no-store")
            return response
        }
    }

    /// Runs `body`, answering an OAuth refusal with its RFC 6749 JSON.
    private func answering(_ body: () throws -> Response) throws -> Response {
        do { return try body() } catch let refusal as OAuthError { return refusal.response }
    }

    static func authorizationRequest(_ fields: FormData) -> OAuthAuthorizing.Request {
        OAuthAuthorizing.Request(responseType: fields["response_type"] ?? "", clientID: fields["client_id"] ?? "",
                                 redirectURI: fields["redirect_uri"] ?? "", scope: fields["scope"] ?? "", state: fields["state"] ?? "",
                                 codeChallenge: fields["code_challenge"] ?? "", codeChallengeMethod: fields["code_challenge_method"] ?? "")
    }

    /// The client id and secret of `Authorization: Basic` (each form-urlencoded, RFC 6749 §2.3.1).
    static func basicCredentials(_ request: Request) -> (String?, String?) {
        guard let header = request.headers["Authorization"] else { return (nil, nil) }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
              let data = Data(base64Encoded: parts[1].trimmingCharacters(in: .whitespaces)),
              let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":")
        else { return (nil, nil) }
        func decode(_ part: Substring) -> String {
            String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
        }
        return (decode(text[..<colon]), decode(text[text.index(after: colon)...]))
    }

    /// `scheme://host[:port]` of a URL, for the consent page's `form-action`.
    static func origin(_ url: String) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host,
              !host.contains(" "), !host.contains(";") else { return "" }
        return scheme + "://" + host + (components.port.map { ":\($0)" } ?? "")
    }
}
