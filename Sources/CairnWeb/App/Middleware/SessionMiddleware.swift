import CairnApp
import CairnHTTP

/// Loads the member behind the session cookie, if the session is live and the membership active.
struct SessionMiddleware: Middleware {
    static let cookieName = "cairn_session"

    let sessions: Sessions

    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        var request = request
        var clearCookie = false
        if let token = request.cookies[Self.cookieName], !token.isEmpty {
            if let resumed = try sessions.resume(token: token) {
                request[CurrentMemberKey.self] = resumed
            } else {
                clearCookie = true
            }
        }
        var response = try next(request)
        if clearCookie, response.headers["Set-Cookie"] == nil {
            response.setCookie(Cookie(name: Self.cookieName, value: "", maxAge: 0))
        }
        return response
    }
}
