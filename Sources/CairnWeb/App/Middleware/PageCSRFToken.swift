import Synchronization

/// The CSRF token of one request: the session's or the visitor's cookie's, or, for a new visitor,
/// one made the first time the page asks for it (so a page without a form sets no cookie).
final class PageCSRFToken: Sendable {
    private let state: Mutex<(token: String?, isNew: Bool)>
    private let issue: @Sendable () -> String

    /// A token the request already carries.
    init(known token: String) {
        state = Mutex((token, false))
        issue = { token }
    }

    /// A token made on first use by `issue`.
    init(issuing issue: @escaping @Sendable () -> String) {
        state = Mutex((nil, true))
        self.issue = issue
    }

    /// The token, made now if the request had none.
    var value: String {
        state.withLock { state in
            if let token = state.token { return token }
            let token = issue()
            state.token = token
            return token
        }
    }

    /// The token made for this request, when the page used one: it goes into a new cookie.
    var issued: String? {
        state.withLock { $0.isNew ? $0.token : nil }
    }
}
