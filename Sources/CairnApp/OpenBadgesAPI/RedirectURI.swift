import Foundation

/// The checks on the addresses an app registers: absolute `https` URLs, or `http` only to this
/// machine's loopback (a native app's local listener, RFC 8252 §7.3), without a fragment.
enum RedirectURI {
    /// Whether `text` may be registered as a redirect URI.
    static func isAcceptable(_ text: String) -> Bool {
        guard let url = URLComponents(string: text), url.fragment == nil, let host = url.host, !host.isEmpty else { return false }
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return isLoopback(host)
        default: return false
        }
    }

    /// Whether a URL's host is the loopback interface.
    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    /// The lowercased host of an absolute URL.
    static func host(_ text: String) -> String? { URLComponents(string: text)?.host?.lowercased() }

    /// `base` with the parameters added to its query, each percent-encoded.
    static func appending(_ parameters: [(String, String)], to base: String) -> String {
        let query = parameters.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        guard !query.isEmpty else { return base }
        return base + (base.contains("?") ? "&" : "?") + query
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }
}
