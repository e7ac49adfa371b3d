import CairnApp

/// Who may read `/metrics`: the machine itself (a local Prometheus or node agent), or a scraper
/// that presents the configured bearer token. Everyone else gets a 404.
enum MetricsAccess {
    /// - Parameters:
    ///   - peer: the TCP peer's address (never one a header names).
    ///   - forwarded: whether any forwarding header is present, even empty: a proxy on the same
    ///     machine makes every visitor look like loopback.
    static func allows(peer: String, authorization: String?, token: String, forwarded: Bool) -> Bool {
        if isLoopback(peer) && !forwarded { return true }
        guard !token.isEmpty, let authorization, authorization.hasPrefix("Bearer ") else { return false }
        return Secrets.match(String(authorization.dropFirst("Bearer ".count)), token)
    }

    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }
}
