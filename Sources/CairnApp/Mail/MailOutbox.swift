import CairnCore
import CairnStore
import Foundation

/// Delivering the mail outbox: by SMTP when the installation has a mail server, otherwise handed
/// to `unsent` (the server logs it).
///
/// Mail is written to the outbox in the same transaction as what caused it, so a crash never
/// loses a message or sends one for a change that was rolled back.
public struct MailOutbox: Sendable {
    /// How many times a message is tried before it is left for an operator.
    public static let maxAttempts = 5

    let installation: Installation
    let unsent: @Sendable (OutgoingMail) -> Void

    /// `unsent` receives each message while no mail server is configured, in place of sending it.
    public init(installation: Installation, unsent: @escaping @Sendable (OutgoingMail) -> Void) {
        (self.installation, self.unsent) = (installation, unsent)
    }

    private var store: Store { installation.store }

    /// What one round of delivery did.
    public struct Delivery: Sendable {
        /// Messages the mail server accepted (or handed to `unsent`).
        public var delivered = 0
        /// Messages refused this time, with the reason (each is tried again, up to `maxAttempts`).
        public var failures: [(mail: OutgoingMail.ID, reason: String)] = []
    }

    /// Sends every pending message once, twenty at most, and records each outcome.
    public func deliverPending() throws -> Delivery {
        var delivery = Delivery()
        for mail in try store.outbox.pending(limit: 20, maxAttempts: Self.maxAttempts) {
            do {
                try deliver(mail)
                try store.outbox.markSent(mail.id, at: installation.clock())
                delivery.delivered += 1
            } catch {
                delivery.failures.append((mail.id, "\(error)"))
                try? store.outbox.markFailed(mail.id, error: "\(error)")
            }
        }
        return delivery
    }

    /// The organization's latest mail, newest first, for the development outbox.
    public func recent(in organizationID: Organization.ID, limit: Int = 200) throws -> [OutgoingMail] {
        try store.outbox.recent(for: organizationID, limit: limit)
    }

    private func deliver(_ mail: OutgoingMail) throws {
        let configuration = installation.configuration
        guard !configuration.smtpURL.isEmpty else { return unsent(mail) }
        let message = MailMessage(from: configuration.mailFrom, to: mail.to.rawValue, subject: mail.subject,
                                  text: mail.text, date: mail.createdAt, messageID: "\(mail.id.rawValue)@cairn")
        try SMTPClient(url: configuration.smtpURL)
            .send(message: message.bytes, from: MailMessage.address(in: configuration.mailFrom), to: [mail.to.rawValue])
    }
}
