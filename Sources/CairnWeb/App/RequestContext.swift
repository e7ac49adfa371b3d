import CairnApp
import CairnCore
import CairnHTTP

/// What every handler may assume about a request: its id, its CSRF token, and who (if anyone) is signed in.
struct Visitor: Sendable {
    let request: Request
    /// The token every form on the page must carry back in `_csrf` (made on first use for a new visitor).
    var csrfToken: String { request[CSRFTokenKey.self]?.value ?? "" }
    /// The signed-in member, when there is one.
    let member: Member?
    /// The organizations the signed-in person belongs to (for the switcher).
    let organizations: [Organization]

    init(_ request: Request) {
        self.request = request
        self.member = request[CurrentMemberKey.self]?.member
        self.organizations = request[CurrentMemberKey.self]?.organizations ?? []
    }
}

/// A request from a signed-in, active member: no handler taking it runs without one.
struct SignedIn: Sendable {
    let visitor: Visitor
    let member: Member
    let session: Session

    /// Throws the sign-in redirect when nobody is signed in.
    init(from visitor: Visitor) throws(WebError) {
        guard let current = visitor.request[CurrentMemberKey.self] else {
            throw .signInRequired
        }
        self.visitor = visitor
        self.member = current.member
        self.session = current.session
    }

    var request: Request { visitor.request }
    var organization: Organization { member.organization }
    var csrfToken: String { visitor.csrfToken }
}

/// Request attribute: the signed-in member behind the request's session, if any (attached by `SessionMiddleware`).
enum CurrentMemberKey: RequestAttributeKey { typealias Value = Sessions.Resumed }

/// Request attribute: the CSRF token forms on this page carry.
enum CSRFTokenKey: RequestAttributeKey { typealias Value = PageCSRFToken }

/// Request attribute: a cookie the response must set (a fresh CSRF cookie for a new visitor).
enum PendingCookiesKey: RequestAttributeKey { typealias Value = [Cookie] }
