import CairnCore
import CairnStore
import Foundation

/// What a member reads on their notifications pages: the latest messages, and how they arrive.
extension Notifications {
    /// The member's latest notifications in their current organization, newest first (one query).
    public func recentPage(for member: Member) throws -> [NotificationRecord] {
        try installation.store.notifications.recent(for: member.person.id, in: member.organization.id)
    }

    /// How the member chose to get messages from their current organization; nil until they chose (one query).
    public func preference(of member: Member) throws -> NotificationPreference? {
        try installation.store.notifications.notificationPreference(of: member.person.id, in: member.organization.id)
    }

    /// Saves how the member gets messages from their current organization.
    public func setPreference(_ preference: NotificationPreference, of member: Member) throws {
        try installation.store.notifications.setNotificationPreference(preference, of: member.person.id, in: member.organization.id)
    }
}
