import CairnApp
import CairnCore
import CairnStore
import Foundation

/// Delivers queued mail in the background: by SMTP when configured, otherwise into the log.
///
/// Mail is written to the outbox in the same transaction as what caused it, so a crash never
/// loses a message or sends one for a change that was rolled back.
struct OutboxSender {
    /// How many times a message is tried before it is left for an operator.
    static let maxAttempts = 5

    private let app: App

    init(app: App) { self.app = app }

    /// Sends every pending message once; returns how many were delivered.
    @discardableResult
    func deliverPending() -> Int {
        let mails: [OutgoingMail]
        do {
            mails = try app.store.outbox.pending(limit: 20, maxAttempts: Self.maxAttempts)
        } catch {
            app.logger.error("outbox unreadable", [("error", "\(error)")])
            return 0
        }
        var delivered = 0
        for mail in mails {
            do {
                try deliver(mail)
                try app.store.outbox.markSent(mail.id, at: app.clock())
                delivered += 1
            } catch {
                app.logger.warning("mail not delivered", [("mail", mail.id.rawValue), ("error", "\(error)")])
                try? app.store.outbox.markFailed(mail.id, error: "\(error)")
            }
        }
        return delivered
    }

    private func deliver(_ mail: OutgoingMail) throws {
        let configuration = app.configuration
        guard !configuration.smtpURL.isEmpty else {
            // The text carries one-time links: it goes to the log only while developing.
            var fields = [("to", mail.to.rawValue), ("subject", mail.subject)]
            if configuration.environment == .development { fields.append(("text", mail.text)) }
            app.logger.info("mail (no SMTP configured)", fields)
            return
        }
        let message = MailMessage(from: configuration.mailFrom, to: mail.to.rawValue, subject: mail.subject,
                                  text: mail.text, date: mail.createdAt, messageID: "\(mail.id.rawValue)@cairn")
        try SMTPClient(url: configuration.smtpURL)
            .send(message: message.bytes, from: MailMessage.address(in: configuration.mailFrom), to: [mail.to.rawValue])
    }
}
