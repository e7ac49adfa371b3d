import Foundation

/// One message about earning and review for one person: sent at once, or kept for their daily digest.
public struct NotificationRecord: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<NotificationRecord>
    public let id: ID
    public let organizationID: Organization.ID
    public let personID: Person.ID
    public let kind: NotificationKind
    public let subject: String
    /// The plain text, one short paragraph.
    public let text: String
    /// The path in Cairn it points to (`/earn/…`); mail makes it absolute.
    public let link: String
    /// The enrollment it is about, when there is one (stalled reminders are counted by it).
    public let enrollmentID: Enrollment.ID?
    public let delivery: NotificationPreference
    public let createdAt: Date
    /// When its mail (immediate) or digest went to the outbox; nil while it waits for the digest.
    public var sentAt: Date?

    public init(id: ID = .generate(), organizationID: Organization.ID, personID: Person.ID, kind: NotificationKind, subject: String,
                text: String, link: String, enrollmentID: Enrollment.ID? = nil, delivery: NotificationPreference, createdAt: Date,
                sentAt: Date? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.personID = personID
        self.kind = kind
        self.subject = subject
        self.text = text
        self.link = link
        self.enrollmentID = enrollmentID
        self.delivery = delivery
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}
