import CairnCore
import CairnStore
import Foundation

/// Signing in: an email and password checked with the sign-in throttle, and sessions opened (by
/// a password, a reset link or an invitation link).
public struct SignIns: Sendable {
    /// What came of one attempt.
    public enum Outcome: Sendable {
        /// Signed in: the cookie token to hand the browser.
        case signedIn(token: String, member: Member)
        /// The email and password do not match an active account (deliberately vague).
        case rejected
        /// Too many recent failures: this attempt must wait (see `SignInThrottle`).
        case throttled(retryAfterSeconds: Int)
    }

    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// Checks the email and password, unless the throttle asks this attempt to wait; a failure is
    /// counted, a success opens a session in the person's first active organization.
    public func signIn(email rawEmail: String, password: String, address: String, userAgent: String) throws -> Outcome {
        let now = installation.clock()
        let store = installation.store
        let key = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let decision = try store.signInAttempts.decision(email: key, address: address, at: now)
        if let seconds = decision.seconds(from: now) { return .throttled(retryAfterSeconds: seconds) }

        let account = try (try? EmailAddress(key)).flatMap { try store.members.fetchCredentials(email: $0) }
        // Verify even without an account, so a miss takes as long as a wrong password.
        let hash = try account?.passwordHash ?? installation.decoyPasswordHash()
        let matches = installation.passwords.verify(password, against: hash)
        guard let account, matches,
              let member = try store.members.memberships(of: account.person.id).first(where: \.isActive) else {
            try store.signInAttempts.recordFailure(email: key, address: address, at: now)
            return .rejected
        }
        return .signedIn(token: try open(for: member, address: address, userAgent: userAgent), member: member)
    }

    /// Creates a session for `member` in their organization and returns the cookie token (only its
    /// SHA-256 is stored). The address becomes known for the person's email (the sign-in throttle
    /// trusts it), and its failures are forgotten: whoever signs in, with a password, a reset or an
    /// invitation link.
    public func open(for member: Member, address: String, userAgent: String) throws -> String {
        let store = installation.store
        try store.signInAttempts.recordSuccess(email: member.person.email.rawValue, address: address, at: installation.clock())
        let token = Crypto.randomToken()
        let session = Session.start(
            id: Session.ID(rawValue: Crypto.sha256Hex(token)), personID: member.person.id,
            organizationID: member.organization.id, csrfToken: Crypto.randomToken(),
            address: address, userAgent: String(userAgent.prefix(300)), at: installation.clock())
        try store.sessions.create(session)
        return token
    }
}
