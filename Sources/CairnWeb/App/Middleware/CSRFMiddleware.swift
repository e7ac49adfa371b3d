import CairnApp
import CairnHTTP

/// Gives every page a CSRF token and refuses any state-changing request that does not carry it back.
///
/// Signed-in members use their session's token; visitors get one in an HttpOnly cookie
/// (double submit), so the sign-in form is protected too. A visitor's cookie is accepted only
/// when the server signed it (`VisitorTokens`): a planted value is replaced.
struct CSRFMiddleware: Middleware {
    static let cookieName = "cairn_csrf"
    static let fieldName = "_csrf"
    static let headerName = "X-CSRF-Token"

    let secureCookies: Bool
    let visitorTokens: VisitorTokens

    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        var request = request
        var newCookie: Cookie?
        let token: String
        if let session = request[CurrentMemberKey.self]?.session {
            token = session.csrfToken
        } else if let existing = request.cookies[Self.cookieName], visitorTokens.isGenuine(existing) {
            token = existing
        } else {
            token = try visitorTokens.issue()
            newCookie = Cookie(name: Self.cookieName, value: token, secure: secureCookies)
        }
        request[CSRFTokenKey.self] = token

        if ![HTTPMethod.get, .head, .options].contains(request.method) {
            let sent = request.form[Self.fieldName] ?? request.headers[Self.headerName] ?? ""
            guard Secrets.match(sent, token) else { throw WebError.csrfRejected }
        }
        var response = try next(request)
        // Only pages carry forms: health checks, metrics and assets stay cookie-free and cacheable.
        if let newCookie, response.headers["Content-Type"]?.hasPrefix("text/html") == true {
            response.setCookie(newCookie)
        }
        return response
    }
}
