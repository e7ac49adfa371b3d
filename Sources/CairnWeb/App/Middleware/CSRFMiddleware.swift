import CairnApp
import CairnHTTP

/// Gives every page a CSRF token and refuses any state-changing request that does not carry it back.
///
/// Signed-in members use their session's token; visitors get one in an HttpOnly cookie
/// (double submit), so the sign-in form is protected too. A visitor's cookie is accepted only
/// when the server signed it (`VisitorTokens`): a planted value is replaced. A new visitor's
/// token is made only when the page renders a form, so pages without one set no cookie.
struct CSRFMiddleware: Middleware {
    static let cookieName = "cairn_csrf"
    static let fieldName = "_csrf"
    static let headerName = "X-CSRF-Token"

    /// Endpoints for programs that change nothing and act for no one (checking a credential): no token to send back.
    static let exemptPaths: Set<String> = [CredentialEndpoints.verifyAPI.pattern]

    let secureCookies: Bool
    let visitorTokens: VisitorTokens

    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        var request = request
        let token: PageCSRFToken
        if let session = request[CurrentMemberKey.self]?.session {
            token = PageCSRFToken(known: session.csrfToken)
        } else if let existing = request.cookies[Self.cookieName], visitorTokens.isGenuine(existing) {
            token = PageCSRFToken(known: existing)
        } else {
            token = PageCSRFToken(issuing: try visitorTokens.issuer())
        }
        request[CSRFTokenKey.self] = token

        // The API's client endpoints carry a bearer token or Basic credentials, never a cookie a
        // browser would send by itself: they need no CSRF token (and their handlers ignore sessions).
        if request.method != .get, request.method != .head, request.method != .options, !APIEndpoints.isClientRoute(request.route),
           !Self.exemptPaths.contains(request.path) {
            let sent = request.form[Self.fieldName] ?? request.headers[Self.headerName] ?? ""
            guard Secrets.match(sent, token.value) else { throw WebError.csrfRejected }
        }
        var response = try next(request)
        // Only pages carry forms: health checks, metrics, assets and formless pages stay cookie-free.
        if let issued = token.issued, response.headers["Content-Type"]?.hasPrefix("text/html") == true {
            response.setCookie(Cookie(name: Self.cookieName, value: issued, secure: secureCookies))
        }
        return response
    }
}
