import Foundation

/// A message waiting in (or sent from) the outbox.
///
/// A mail carrying a one-time link (an invitation, a password reset) keeps that link out of its
/// `preview`, the only text any page may show: a secret reaches its recipient's mailbox and nobody else.
public struct OutgoingMail: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<OutgoingMail>

    /// What stands in a preview where the mail has its one-time link.
    public static let redactedLink = "[one-time link: sent to the recipient only]"

    public let id: ID
    public let to: EmailAddress
    /// The organization the mail concerns; nil for mail about the account itself (a password reset).
    public let organizationID: Organization.ID?
    public let subject: String
    /// The plain-text body, as sent.
    public let text: String
    /// The body as a page may show it: one-time links left out. Nil shows nothing (mail queued before previews).
    public let preview: String?
    public let createdAt: Date
    public var sentAt: Date?
    public var attempts: Int
    public var lastError: String?

    public init(id: ID = .generate(), to: EmailAddress, organizationID: Organization.ID?, subject: String, text: String,
                preview: String?, createdAt: Date, sentAt: Date? = nil, attempts: Int = 0, lastError: String? = nil) {
        self.id = id
        self.to = to
        self.organizationID = organizationID
        self.subject = subject
        self.text = text
        self.preview = preview
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.attempts = attempts
        self.lastError = lastError
    }

    /// A mail with no secret in it: the preview is the text.
    public init(to: EmailAddress, organizationID: Organization.ID?, subject: String, text: String, createdAt: Date) {
        self.init(to: to, organizationID: organizationID, subject: subject, text: text, preview: text, createdAt: createdAt)
    }

    /// A mail carrying a one-time link: `body` is written once, given the link (sent) or its redaction (preview).
    public init(to: EmailAddress, organizationID: Organization.ID?, subject: String, oneTimeLink link: String,
                createdAt: Date, body: (String) -> String) {
        self.init(to: to, organizationID: organizationID, subject: subject, text: body(link),
                  preview: body(Self.redactedLink), createdAt: createdAt)
    }

    public var isSent: Bool { sentAt != nil }
}
