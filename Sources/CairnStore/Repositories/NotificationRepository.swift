import Foundation
import CairnCore

extension NotificationKind: DatabaseValueConvertible {}

/// Notifications about earning and review: the record of every message, the mail of immediate
/// ones written in the same transaction, and the daily digests.
public struct NotificationRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    /// Records a notification and, when it goes out at once, queues its mail: both or neither.
    package func add(_ notification: NotificationRecord, mail: OutgoingMail?, in tx: any Connection) throws {
        try tx.execute("""
            INSERT INTO notifications (id, organization_id, person_id, kind, subject, body, link, enrollment_id, delivery,
                                       created_at, sent_at, mail_id)
            VALUES (\(notification.id), \(notification.organizationID), \(notification.personID), \(notification.kind),
                    \(notification.subject), \(notification.text), \(notification.link), \(notification.enrollmentID),
                    \(notification.delivery), \(notification.createdAt), \(mail.map { _ in notification.createdAt }), \(mail?.id))
            """)
        if let mail { try OutboxRepository(database: database).enqueue(mail, in: tx) }
    }

    /// Whether a notification of `kind` about the enrollment was ever recorded, to anyone.
    public func exists(_ kind: NotificationKind, about enrollmentID: Enrollment.ID, in organizationID: Organization.ID) throws -> Bool {
        try database.read { try exists(kind, about: enrollmentID, in: organizationID, in: $0) }
    }

    /// `exists(_:about:in:)` in the caller's transaction.
    package func exists(_ kind: NotificationKind, about enrollmentID: Enrollment.ID, in organizationID: Organization.ID,
                        in tx: any Connection) throws -> Bool {
        try tx.queryOne("""
            SELECT 1 AS one FROM notifications
            WHERE enrollment_id = \(enrollmentID) AND kind = \(kind) AND organization_id = \(organizationID)
            """) != nil
    }

    /// A person's latest notifications in one organization, newest first.
    public func recent(for personID: Person.ID, in organizationID: Organization.ID, limit: Int = 50) throws -> [NotificationRecord] {
        try database.read { tx in
            try tx.query("""
                SELECT * FROM notifications WHERE person_id = \(personID) AND organization_id = \(organizationID)
                ORDER BY created_at DESC, id DESC LIMIT \(limit)
                """).map(Self.record)
        }
    }

    /// The people with a digest item waiting since `cutoff` or earlier: their digest is due.
    public func peopleDueForDigest(waitingSince cutoff: Date) throws -> [Person.ID] {
        try database.read { tx in
            try tx.query("""
                SELECT DISTINCT person_id FROM notifications
                WHERE sent_at IS NULL AND delivery = 'dailyDigest' AND created_at <= \(cutoff) ORDER BY person_id
                """).map { try $0.get("person_id") }
        }
    }

    /// Takes every waiting digest item of a person (all organizations), marks them sent and queues the
    /// one mail `compose` makes of them, in one transaction; nil when nothing was waiting.
    ///
    /// The items are claimed with one UPDATE first, so two servers running the digest at once
    /// never send the same item twice; `compose` sees them oldest first.
    @discardableResult
    public func sendDigest(to personID: Person.ID, at now: Date,
                           compose: ([NotificationRecord]) throws -> OutgoingMail) throws -> OutgoingMail? {
        try database.write { tx in
            let claim = OutgoingMail.ID.generate()
            try tx.execute("""
                UPDATE notifications SET sent_at = \(now), mail_id = \(claim)
                WHERE person_id = \(personID) AND delivery = 'dailyDigest' AND sent_at IS NULL
                """)
            let items = try tx.query("SELECT * FROM notifications WHERE mail_id = \(claim) ORDER BY created_at, id").map(Self.record)
            guard !items.isEmpty else { return nil }
            let mail = try compose(items)
            try OutboxRepository(database: database).enqueue(mail, in: tx)
            try tx.execute("UPDATE notifications SET mail_id = \(mail.id) WHERE mail_id = \(claim)")
            return mail
        }
    }

    static func record(_ row: Row) throws -> NotificationRecord {
        NotificationRecord(id: try row.get("id"), organizationID: try row.get("organization_id"), personID: try row.get("person_id"),
                           kind: try row.get("kind"), subject: try row.get("subject"), text: try row.get("body"), link: try row.get("link"),
                           enrollmentID: try row.get("enrollment_id"), delivery: try row.get("delivery"), createdAt: try row.get("created_at"),
                           sentAt: try row.get("sent_at"))
    }

    // MARK: Notification preferences

    /// How a person chose to hear about earning and review in an organization; nil when never chosen
    /// (each kind then goes its own default way: `NotificationKind.delivery(chosen:)`).
    package func notificationPreference(of personID: Person.ID, in organizationID: Organization.ID, in tx: any Connection) throws -> NotificationPreference? {
        try tx.queryOne("""
            SELECT preference FROM notification_preferences WHERE organization_id = \(organizationID) AND person_id = \(personID)
            """)?.get("preference")
    }

    public func notificationPreference(of personID: Person.ID, in organizationID: Organization.ID) throws -> NotificationPreference? {
        try database.read { try notificationPreference(of: personID, in: organizationID, in: $0) }
    }

    public func setNotificationPreference(_ preference: NotificationPreference, of personID: Person.ID, in organizationID: Organization.ID) throws {
        try database.write { tx in
            try tx.execute("""
                INSERT INTO notification_preferences (organization_id, person_id, preference) VALUES (\(organizationID), \(personID), \(preference))
                ON CONFLICT (organization_id, person_id) DO UPDATE SET preference = excluded.preference
                """)
        }
    }
}
