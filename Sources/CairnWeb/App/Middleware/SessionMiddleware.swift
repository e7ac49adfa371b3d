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
        let id = Session.ID(rawValue: Crypto.sha256Hex(token))
        guard var session = try store.sessions.fetch(id, at: now) else { return nil }
        let memberships = try store.members.memberships(of: session.personID).filter(\.isActive)
        guard let member = memberships.first(where: { $0.organization.id == session.organizationID }) else { return nil }
        if session.needsTouch(at: now) {
            do {
                session = try store.sessions.touch(session, at: now)
            } catch let error as DatabaseError where [.storageFull, .readOnly, .ioFailure].contains(error.kind) {
                // A full or read-only disk must not lock people out of reading: the touch waits for the next request.
            }
        }
        return CurrentMember(member: member, session: session, organizations: memberships.map(\.organization))
    }
}
