import CairnApp
import CairnCore

/// Errors the web layer raises itself, presented like every other `DomainError`.
enum WebError: DomainError, Equatable {
    /// Nobody is signed in: go to the sign-in page, then come back to the page asked for.
    case signInRequired
    /// Signed in, but this page needs a role the member lacks.
    case forbidden
    /// Nothing here for this member (also what another organization's resources look like).
    case notFound
    /// The form's CSRF token is missing or stale.
    case csrfRejected
    /// Too many attempts; try again after the given number of seconds.
    case tooManyRequests(retryAfterSeconds: Int)
    /// Two requests saved the same thing at the same moment (a unique constraint of the store refused the second).
    case savedMeanwhile
    /// The request cannot be understood (a malformed id, a missing field outside a form).
    case badRequest(String)

    var kind: DomainErrorKind {
        switch self {
        case .signInRequired: .signInRequired
        case .forbidden, .csrfRejected: .forbidden
        case .notFound: .notFound
        case .tooManyRequests(let seconds): .tooManyRequests(retryAfterSeconds: seconds)
        case .savedMeanwhile: .conflict
        case .badRequest: .malformed
        }
    }

    var message: String {
        switch self {
        case .signInRequired: "Your session has ended: sign in again, then try once more."
        case .forbidden: "Your roles in this organization don't include this page. If you think they should, ask your organization admin."
        case .notFound: "The address may be mistyped, or the page may have moved or been removed."
        case .csrfRejected:
            "For your safety, forms stop working after you sign in or out elsewhere. Go back, reload the page, and submit it again."
        case .tooManyRequests(let seconds):
            "For your account's safety, we've paused sign-in for a moment. Please try again in \(Self.waitDescription(seconds))."
        case .savedMeanwhile: "Someone saved the same thing at the same moment. Reload the page and try again."
        case .badRequest(let message): message
        }
    }

    /// What the store's refusals mean to a person: a missing row is not found, a unique violation a race; nil for the rest.
    init?(_ failure: StoreFailure?) {
        switch failure {
        case .notFound: self = .notFound
        case .savedMeanwhile: self = .savedMeanwhile
        default: return nil
        }
    }

    /// "1 minute", "3 minutes", "45 seconds".
    static func waitDescription(_ seconds: Int) -> String {
        if seconds < 60 { return seconds == 1 ? "1 second" : "\(seconds) seconds" }
        let minutes = (seconds + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
