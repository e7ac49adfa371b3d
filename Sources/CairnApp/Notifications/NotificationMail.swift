import CairnCore
import Foundation

/// The mail of notifications: one message at once, or the daily digest of several.
package enum NotificationMail {
    /// One notification as its own mail.
    package static func single(_ notification: NotificationRecord, to person: Person, baseURL: String, settings: String) -> OutgoingMail {
        OutgoingMail(to: person.email, organizationID: notification.organizationID, subject: notification.subject, text: """
            Hello \(person.displayName),

            \(notification.text)

            \(baseURL + notification.link)

            \(footer(.immediate, baseURL: baseURL, settings: settings))
            """, createdAt: notification.createdAt)
    }

    /// Waiting notifications (oldest first) as one mail; each names its organization when they come from several
    /// (such a digest is filed under no organization, as none may read the others' part).
    package static func digest(_ notifications: [NotificationRecord], to person: Person, organizationNames: [Organization.ID: String],
                               baseURL: String, settings: String, at now: Date) -> OutgoingMail {
        let several = Set(notifications.map(\.organizationID)).count > 1
        let items = notifications.map { notification in
            let heading = several ? "\(organizationNames[notification.organizationID] ?? "Cairn"): \(notification.subject)" : notification.subject
            return "• \(heading)\n  \(notification.text)\n  \(baseURL + notification.link)"
        }
        let count = notifications.count == 1 ? "one thing" : "\(notifications.count) things"
        let organizations = Set(notifications.map(\.organizationID))
        return OutgoingMail(to: person.email, organizationID: organizations.count == 1 ? organizations.first : nil,
                            subject: "Your Cairn digest: \(count) since yesterday", text: """
            Hello \(person.displayName),

            Here is what happened on Cairn since your last digest:

            \(items.joined(separator: "\n\n"))

            \(footer(.dailyDigest, baseURL: baseURL, settings: settings))
            """, createdAt: now)
    }

    /// Where to change how these messages arrive.
    private static func footer(_ delivery: NotificationPreference, baseURL: String, settings: String) -> String {
        let now = delivery == .immediate ? "each of these messages as it happens" : "these messages as one digest a day"
        return "You get \(now). To change that: \(baseURL + settings)"
    }
}
