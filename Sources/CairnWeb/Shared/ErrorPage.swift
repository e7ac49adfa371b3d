import CairnHTML
import CairnHTTP

/// The friendly page for a request that went wrong: what happened in plain words, what to do
/// next, and the request id to quote when asking for help.
public struct ErrorPage: HTML {
    /// The errors Cairn shows a page for.
    public enum Kind: Sendable {
        case badRequest(String), forbidden, expiredForm, notFound, conflict(String), tooManyRequests(retryAfterSeconds: Int?), serverError
        /// The disk is full or read-only: nothing could be saved.
        case storage(StorageFailure)

        /// The HTTP status code this page is sent with.
        public var statusCode: Int {
            switch self {
            case .badRequest: 400
            case .forbidden, .expiredForm: 403
            case .notFound: 404
            case .conflict: 409
            case .tooManyRequests: 429
            case .serverError: 500
            case .storage(let failure): failure.status.code
            }
        }

        var heading: String {
            switch self {
            case .badRequest: "We couldn't understand that request"
            case .forbidden: "You don't have access to this page"
            case .expiredForm: "This form has expired"
            case .notFound: "We can't find that page"
            case .conflict: "That didn't go through"
            case .tooManyRequests: "Too many attempts"
            case .serverError: "Something went wrong on our side"
            case .storage: "Cairn can't save right now"
            }
        }

        var explanation: String {
            switch self {
            case let .badRequest(message), let .conflict(message):
                message
            case .expiredForm:
                "For your safety, forms stop working after you sign in or out elsewhere. Go back, reload the page, and submit it again."
            case .forbidden:
                "Your roles in this organization don't include this page. If you think they should, ask your organization admin."
            case .notFound:
                "The address may be mistyped, or the page may have moved or been removed."
            case let .tooManyRequests(seconds):
                "For your account's safety, we've paused sign-in for a moment. "
                    + (seconds.map { "Please try again in \(ErrorPage.waitDescription($0))." } ?? "Please try again in a few minutes.")
            case .storage(let failure):
                failure.message
            case .serverError:
                "Your work up to the last saved step is safe. Please try again in a moment; if it keeps happening, tell your organization admin."
            }
        }
    }

    let kind: Kind
    let requestID: String
    let context: PageContext

    /// - Parameter context: the page context when the request got that far; a guest context otherwise.
    public init(_ kind: Kind, requestID: String, context: PageContext = PageContext(csrfToken: "")) {
        self.kind = kind
        self.requestID = requestID
        self.context = context
    }

    /// "1 minute", "3 minutes", "45 seconds".
    static func waitDescription(_ seconds: Int) -> String {
        if seconds < 60 { return seconds == 1 ? "1 second" : "\(seconds) seconds" }
        let minutes = (seconds + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }

    public var body: some HTML {
        Layout(title: kind.heading, context: context, width: .narrow) {
            p { kind.explanation }
            p {
                a(.href(context.viewer == nil ? AccountEndpoints.signIn.path() : DashboardEndpoints.dashboard.path())) {
                    context.viewer == nil ? "Go to sign in" : "Go to your dashboard"
                }
            }
            p(.class("request-id")) {
                "If you contact support, mention this reference: "
                code { requestID }
            }
        }
    }
}
