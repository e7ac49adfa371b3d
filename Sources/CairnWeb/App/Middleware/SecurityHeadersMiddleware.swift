import CairnHTTP

/// Headers every response carries: no framing by other sites (clickjacking), no content-type
/// guessing, and no full URLs (which may hold one-time tokens) in the Referer sent elsewhere.
struct SecurityHeadersMiddleware: Middleware {
    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        var response = try next(request)
        response.headers.set("X-Frame-Options", "DENY")
        response.headers.set("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "same-origin")
        return response
    }
}
