import CairnHTTP

/// Errors the web layer raises itself; each knows its status and the page a person sees.
enum WebError: Error, Equatable {
    /// Nobody is signed in: go to the sign-in page, then come back.
    case signInRequired(returnTo: String)
    /// Signed in, but this page needs a role the member lacks.
    case forbidden
    /// Nothing here for this member (also what another organization's resources look like).
    case notFound
    /// The form's CSRF token is missing or stale.
    case csrfRejected
    /// Too many attempts; try again after the given number of seconds.
    case tooManyRequests(retryAfterSeconds: Int)
    /// The request cannot be understood (a malformed id, a missing field outside a form).
    case badRequest(String)

    var status: HTTPStatus {
        switch self {
        case .signInRequired: .seeOther
        case .forbidden, .csrfRejected: .forbidden
        case .notFound: .notFound
        case .tooManyRequests: .tooManyRequests
        case .badRequest: .badRequest
        }
    }
}
