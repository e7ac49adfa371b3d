import CairnHTML

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
    /// The body with its one-time links left out; nil when there is none to show.
    public var preview: String?

    public init(subject: String, to: String, createdAt: String, status: Status, preview: String?) {
        self.subject = subject
        self.to = to
        self.createdAt = createdAt
        self.status = status
        self.preview = preview
    }
}

/// The development outbox: the emails Cairn has queued for the organization's people, newest
/// first, so an operator sees what goes out without a mail server. One-time links (invitations,
/// password resets) are shown redacted: they reach the recipient's mailbox, or the server log.
public struct OutboxPage: HTML {
    let context: PageContext
    let mails: [OutboxMail]

    public init(context: PageContext, mails: [OutboxMail]) {
        self.context = context
        self.mails = mails
    }

    public var body: some HTML {
        Layout(title: "Outbox", context: context,
               lead: "Development only: the emails Cairn has queued for this organization's members, newest first.") {
            p {
                "One-time links in invitations and password resets are never shown here. Without a mail server they are "
                "written to the server's log while Cairn runs in development."
            }
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
                    if let preview = mail.preview {
                        pre(.class("mail__body")) { preview }
                    } else {
                        p(.class("empty-state")) { "This email was queued before previews were kept; its text is not shown." }
                    }
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
