import CairnCore
import CairnHTTP
import CairnStore
import Foundation

/// Loads the member behind the session cookie, if the session is live and the membership active.
struct SessionMiddleware: Middleware {
    static let cookieName = "cairn_session"

    let store: Store
    let clock: @Sendable () -> Date

    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        var request = request
        var clearCookie = false
        if let token = request.cookies[Self.cookieName], !token.isEmpty {
            if let current = try load(token: token) {
                request[CurrentMemberKey.self] = current
            } else {
                clearCookie = true
            }
        }
        var response = try next(request)
        if clearCookie, response.headers["Set-Cookie"] == nil {
            response.setCookie(Cookie(name: Self.cookieName, value: "", maxAge: 0))
        }
        return response
    }

    /// The member for a session token, touching the session's last use; nil when expired or deactivated.
    private func load(token: String) throws -> CurrentMember? {
        let now = clock()
        let id = Crypto.hex(Crypto.sha256(Array(token.utf8)))
        guard let session = try store.sessions.fetch(id: id, at: now) else { return nil }
        guard let member = try store.members.fetchMember(personID: session.personID, organizationID: session.organizationID),
              member.membership.status == .active else { return nil }
        if session.needsTouch(at: now) { try store.sessions.touch(id: id, at: now) }
        let organizations = try store.members.organizations(ofPerson: session.personID)
        return CurrentMember(member: member, session: session, organizations: organizations)
    }
}
