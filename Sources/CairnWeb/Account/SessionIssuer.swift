import CairnCore
import CairnStore
import Foundation

/// Opens sessions: a random cookie token, of which only the SHA-256 is stored.
struct SessionIssuer {
    let app: App

    /// Creates a session for `member` in their organization and returns the cookie token. The
    /// address becomes known for the person's email (the sign-in throttle trusts it), and its
    /// failures are forgotten: whoever signs in, with a password, a reset or an invitation link.
    func open(for member: Member, address: String, userAgent: String) throws -> String {
        try app.store.signInAttempts.recordSuccess(email: member.person.email.rawValue, address: address, at: app.clock())
        let token = Crypto.randomToken()
        let session = Session.start(
            id: Session.ID(rawValue: Crypto.sha256Hex(token)), personID: member.person.id,
            organizationID: member.organization.id, csrfToken: Crypto.randomToken(),
            address: address, userAgent: String(userAgent.prefix(300)), at: app.clock())
        try app.store.sessions.create(session)
        return token
    }
}
