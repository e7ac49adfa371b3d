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

    /// Why the reset link with this secret cannot be used, or nil when it can.
    public func problem(with secret: String) throws -> OneTimeTokenError? {
        guard !secret.isEmpty,
              let token = try installation.store.tokens.fetch(tokenHash: Crypto.sha256Hex(secret), purpose: .passwordReset)
        else { return .unknown }
        do { try token.checkUsable(at: installation.clock()) } catch { return error }
        return nil
    }

    /// Sets a new password with a reset link: checks the link, the password policy and the
    /// confirmation, then in one transaction uses up the link, sets the password and ends every
    /// session of the person. Returns the membership to sign in with.
    ///
    /// - Throws: `PasswordResetError` (nothing is changed, except for `.noActiveOrganization`,
    ///   where the password is set but there is nowhere to sign in to).
    public func reset(secret: String, password: String, confirmation: String) throws -> Member {
        if let problem = try problem(with: secret) { throw PasswordResetError.link(problem) }
        let store = installation.store
        guard let token = try store.tokens.fetch(tokenHash: Crypto.sha256Hex(secret), purpose: .passwordReset),
              let person = try store.members.fetchPerson(token.personID) else { throw PasswordResetError.link(.unknown) }
        if let problem = PasswordPolicy().problems(in: password, email: person.email).first { throw PasswordResetError.password(problem) }
        guard password == confirmation else { throw PasswordResetError.confirmationDiffers }
        let hash = try installation.passwords.hash(password)
        let now = installation.clock()
        let consumed = try store.write { tx -> Bool in
            guard try store.tokens.consume(tokenHash: token.tokenHash, purpose: .passwordReset, at: now, in: tx) != nil else { return false }
            try store.members.setPasswordHash(hash, for: person.id, in: tx)
            _ = try store.sessions.deleteAll(for: person.id, in: tx)
            return true
        }
        guard consumed else { throw PasswordResetError.link(.alreadyUsed) }
        guard let member = try store.members.memberships(of: person.id).first(where: \.isActive) else {
            throw PasswordResetError.noActiveOrganization
        }
        return member
    }
}
