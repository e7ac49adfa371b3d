import CairnCore
import CairnStore
import Foundation

/// Checks a person's email and password, with throttling, and opens a session.
struct SignInService {
    /// What came of one attempt.
    enum Outcome {
        /// Signed in: the cookie token to hand the browser.
        case signedIn(token: String, member: Member)
        /// The email and password do not match an active account (deliberately vague).
        case rejected
        /// Too many recent failures: this attempt must wait (see `SignInThrottle`).
        case throttled(retryAfterSeconds: Int)
    }

    let app: App

    func signIn(email rawEmail: String, password: String, address: String, userAgent: String) throws -> Outcome {
        let now = app.clock()
        let store = app.store
        let key = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let decision = try store.signInAttempts.decision(email: key, address: address, at: now)
        if let seconds = decision.seconds(from: now) { return .throttled(retryAfterSeconds: seconds) }

        let account = try (try? EmailAddress(key)).flatMap { try store.members.fetchCredentials(email: $0) }
        // Verify even without an account, so a miss takes as long as a wrong password.
        let matches = app.passwords.verify(password, against: account?.passwordHash ?? app.decoyPasswordHash)
        guard let account, matches,
              let member = try store.members.memberships(of: account.person.id).first(where: \.isActive) else {
            try store.signInAttempts.recordFailure(email: key, address: address, at: now)
            return .rejected
        }
        let token = try SessionIssuer(app: app).open(for: member, address: address, userAgent: userAgent)
        return .signedIn(token: token, member: member)
    }
}
