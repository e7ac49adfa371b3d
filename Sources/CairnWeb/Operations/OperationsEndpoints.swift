/// What operators and browsers fetch around the pages: health, metrics and static assets.
enum OperationsEndpoints {
    static let health = Endpoint(.get, "/healthz", access: .anyone)
    static let metrics = Endpoint(.get, "/metrics", access: .anyone)
    /// The files of `Assets/` (`WebAssets` builds their versioned links).
    static let assets = Endpoint(.get, "/assets/*path", String.self, access: .anyone)
    /// Browsers ask for it by themselves; it redirects to the favicon among the assets.
    static let favicon = Endpoint(.get, "/favicon.ico", access: .anyone)
}
