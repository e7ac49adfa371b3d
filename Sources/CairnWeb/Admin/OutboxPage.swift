/// One email Cairn has queued or sent, as the development outbox shows it.
public struct OutboxMail: Sendable, Hashable {
    /// Where the mail stands.
    public enum Status: Sendable, Hashable {
        case pending
        case sent
        case failed(attempts: Int, lastError: String)
    }

    public var subject: String
    public var to: String
    /// When it was queued, already formatted for people (for example "2025-03-14 09:30 UTC").
    public var createdAt: String
    public var status: Status
    /// The plain text body, shown as written.
    public var text: String

    public init(subject: String, to: String, createdAt: String, status: Status, text: String) {
        self.subject = subject
        self.to = to
        self.createdAt = createdAt
        self.status = status
        self.text = text
    }
}

/// The development outbox: every email Cairn would send, newest first, so invitations and
/// reset links can be followed without a mail server.
public struct OutboxPage: HTML {
    let context: PageContext
    let mails: [OutboxMail]

    public init(context: PageContext, mails: [OutboxMail]) {
        self.context = context
        self.mails = mails
    }

    public var body: some HTML {
        Layout(title: "Outbox", context: context,
               lead: "Development only: the emails Cairn has queued, newest first.") {
            if mails.isEmpty {
                p(.class("empty-state")) { "No emails yet. Invite a member or ask for a password reset, and the email appears here." }
            }
            for mail in mails {
                article(.class("panel mail")) {
                    h2(.class("mail__subject")) { mail.subject }
                    dl(.class("facts facts--inline")) {
                        div { dt { "To" }; dd { mail.to } }
                        div { dt { "Queued" }; dd { mail.createdAt } }
                        div { dt { "Status" }; dd { OutboxStatus(status: mail.status) } }
                    }
                    pre(.class("mail__body")) { mail.text }
                }
            }
        }
    }
}

/// A mail's status in words.
struct OutboxStatus: HTML {
    let status: OutboxMail.Status

    var body: some HTML {
        switch status {
        case .pending: span(.class("badge badge--invited")) { "Waiting to send" }
        case .sent: span(.class("badge badge--active")) { "Sent" }
        case let .failed(attempts, lastError):
            span(.class("badge badge--deactivated")) { "Failed" }
            " after \(attempts) \(attempts == 1 ? "attempt" : "attempts"): "
            lastError
        }
    }
}
