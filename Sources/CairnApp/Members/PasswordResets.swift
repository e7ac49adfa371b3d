import CairnCore
import CairnStore
import Foundation

/// Password-reset links: one-hour, single-use, at most one new link every ten minutes per person
/// when asked from the sign-in page (the command line may always make one).
public struct PasswordResets {
    /// A new reset link is sent at most this often per person: mail cannot be flooded, and a
    /// stranger cannot keep replacing the link someone is about to use.
    public static let minimumInterval: TimeInterval = 10 * 60

    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// Creates a reset token (revoking earlier unused ones), optionally mails it, and returns the link;
    /// nil for an unknown or inactive address, or (when `throttled`) when a link was made minutes ago.
    public func makeLink(for email: EmailAddress, mail: Bool, throttled: Bool = false) throws -> String? {
        let store = installation.store
        guard let person = try store.members.fetchPerson(email: email),
              try store.members.memberships(of: person.id).contains(where: \.isActive) else { return nil }
        let now = installation.clock()
        let secret = Crypto.randomToken()
        let link = installation.configuration.baseURL + Links.resetPassword(token: secret)
        return try store.write { tx -> String? in
            if throttled, let last = try store.tokens.newestUnusedCreatedAt(for: person.id, purpose: .passwordReset, in: tx),
               now.timeIntervalSince(last) < Self.minimumInterval {
                return nil
            }
            _ = try store.tokens.revokeUnused(for: person.id, purpose: .passwordReset, in: tx)
            try store.tokens.create(OneTimeToken(purpose: .passwordReset, tokenHash: Crypto.sha256Hex(secret),
                                                 personID: person.id, organizationID: nil, createdAt: now), in: tx)
            if mail {
                try store.outbox.enqueue(MailTemplates.passwordReset(to: person.email, name: person.displayName,
                                                                     link: link, at: now), in: tx)
            }
            return link
        }
    }
}
