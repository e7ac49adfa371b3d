import CairnCore
import CairnHTML
import CairnHTTP

/// The friendly page for a request that went wrong: what happened in plain words, what to do
/// next, and the request id to quote when asking for help.
public struct ErrorPage: HTML {
    /// The errors Cairn shows a page for.
    public enum Kind: Sendable {
        /// A refused request: its kind gives the heading and the status, its message the explanation.
        case refused(DomainErrorKind, message: String)
        /// A form sent with a stale CSRF token.
        case expiredForm
        /// Something broke; the request id says where to look.
        case serverError
        /// The disk is full or read-only: nothing could be saved.
        case storage(StorageFailure)

        /// The page for a domain error.
        init(_ error: any DomainError) {
            self = (error as? WebError) == .csrfRejected ? .expiredForm : .refused(error.kind, message: error.message)
        }

        /// The HTTP status this page is sent with.
        public var status: HTTPStatus {
            switch self {
            case .refused(let kind, _): kind.status
            case .expiredForm: .forbidden
            case .serverError: .internalServerError
            case .storage(let failure): failure.status
            }
        }

        var heading: String {
            switch self {
            case .refused(.malformed, _): "We couldn't understand that request"
            case .refused(.forbidden, _): "You don't have access to this page"
            case .refused(.notFound, _): "We can't find that page"
            case .refused(.tooLarge, _): "That is too large"
            case .refused(.invalidInput, _): "Please check what you entered"
            case .refused(.tooManyRequests, _): "Too many attempts"
            case .refused(.signInRequired, _): "Please sign in"
            case .refused(.conflict, _): "That didn't go through"
            case .refused(.gone, _): "This is no longer shown"
            case .refused(.unavailable, _): "Cairn can't do this right now"
            case .serverError: "Something went wrong on our side"
            case .expiredForm: "This form has expired"
            case .storage: "Cairn can't save right now"
            }
        }

        var explanation: String {
            switch self {
            case .refused(_, let message): message
            case .expiredForm: WebError.csrfRejected.message
            case .storage(let failure): failure.message
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
