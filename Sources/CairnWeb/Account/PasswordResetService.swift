import CairnApp
import CairnCore
import CairnStore
import Foundation

/// Forgotten passwords: a one-hour, single-use link by mail; using it sets the password,
/// signs the person out everywhere else, and signs them in here.
struct PasswordResetService {
    /// What came of a reset form.
    enum Result {
        case invalid(FormErrors)
        case signedIn(sessionToken: String)
    }

    let app: App
    /// Mails a reset link when the address belongs to a person with an active membership and no
    /// link was sent in the last ten minutes; silent otherwise.
    func requestReset(for email: EmailAddress) throws {
        if try makeLink(for: email, mail: true, throttled: true) == nil {
            app.logger.info("password reset not sent: unknown or inactive address, or a link was sent minutes ago")
        }
    }

    /// Creates a reset link (see `PasswordResets.makeLink`).
    func makeLink(for email: EmailAddress, mail: Bool, throttled: Bool = false) throws -> String? {
        try PasswordResets(installation: app.installation).makeLink(for: email, mail: mail, throttled: throttled)
    }

    /// Why a reset link cannot be used, or nil when it can.
    func problem(with secret: String) throws -> OneTimeTokenError? {
        guard !secret.isEmpty,
              let token = try app.store.tokens.fetch(tokenHash: Crypto.sha256Hex(secret), purpose: .passwordReset)
        else { return .unknown }
        do { try token.checkUsable(at: app.clock()) } catch { return error }
        return nil
    }

    /// Sets the new password if the link and the password are good.
    func reset(token secret: String, password: String, confirmation: String, address: String, userAgent: String) throws -> Result {
        var errors = FormErrors()
        if let problem = try problem(with: secret) {
            errors.formMessage = problem.message
            return .invalid(errors)
        }
        let store = app.store
        guard let token = try store.tokens.fetch(tokenHash: Crypto.sha256Hex(secret), purpose: .passwordReset),
              let person = try store.members.fetchPerson(token.personID) else {
            errors.formMessage = OneTimeTokenError.unknown.message
            return .invalid(errors)
        }
        PasswordRules.check(password, confirmation: confirmation, email: person.email, into: &errors)
        guard errors.isEmpty else { return .invalid(errors) }

        let hash = try app.passwords.hash(password)
        let consumed = try store.write { tx -> Bool in
            guard try store.tokens.consume(tokenHash: token.tokenHash, purpose: .passwordReset, at: app.clock(), in: tx) != nil
            else { return false }
            try store.members.setPasswordHash(hash, for: person.id, in: tx)
            _ = try store.sessions.deleteAll(for: person.id, in: tx)
            return true
        }
        guard consumed else {
            errors.formMessage = OneTimeTokenError.alreadyUsed.message
            return .invalid(errors)
        }
        guard let member = try store.members.memberships(of: person.id).first(where: \.isActive) else {
            errors.formMessage = "Your account has no active organization. Ask your organization's admin."
            return .invalid(errors)
        }
        return .signedIn(sessionToken: try SessionIssuer(app: app).open(for: member, address: address, userAgent: userAgent))
    }
}
