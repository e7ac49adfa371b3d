import Foundation

/// A message waiting in (or sent from) the outbox.
public struct OutgoingMail: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<OutgoingMail>
    public let id: ID
    public let to: EmailAddress
    public let subject: String
    /// The plain-text body.
    public let text: String
    public let createdAt: Date
    public var sentAt: Date?
    public var attempts: Int
    public var lastError: String?

    public init(id: ID = .generate(), to: EmailAddress, subject: String, text: String, createdAt: Date,
                sentAt: Date? = nil, attempts: Int = 0, lastError: String? = nil) {
        self.id = id
        self.to = to
        self.subject = subject
        self.text = text
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.attempts = attempts
        self.lastError = lastError
    }

    public var isSent: Bool { sentAt != nil }
}
