import CairnHTTP

/// The headers every response of Cairn carries, the HTTP layer's own error answers included:
/// no framing by other sites (clickjacking), no content-type guessing, no full URLs (which may
/// hold one-time tokens) in the Referer sent elsewhere, and a Content-Security-Policy that lets a
/// page load scripts, styles, images and fonts from Cairn only (images also as `data:`), run no
/// inline script or style, embed no plugin, and post forms only to Cairn.
enum SecurityHeaders {
    static let contentSecurityPolicy = [
        "default-src 'self'", "img-src 'self' data:", "script-src 'self'", "style-src 'self'",
        "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'",
    ].joined(separator: "; ")

    static let all: HTTPHeaders = [
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": contentSecurityPolicy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    ]
}
