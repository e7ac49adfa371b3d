import CairnCore
import CairnHTML

/// The signed-in member's latest notifications, newest first, each with its link.
struct NotificationsPage: HTML {
    let context: PageContext
    let notifications: [NotificationRecord]

    var body: some HTML {
        Layout(title: "Notifications", context: context, lead: "What Cairn told you lately, whether by mail or in your daily digest.") {
            p { a(.href(NotificationEndpoints.settings.path())) { "Choose how these messages reach you" } }
            if notifications.isEmpty {
                p(.class("empty-state")) { "Nothing yet. Messages about your submissions and reviews will appear here." }
            } else {
                ul(.class("notification-list")) {
                    for notification in notifications {
                        li(.class("notification")) {
                            h2(.class("notification__subject")) { a(.href(notification.link)) { notification.subject } }
                            p { notification.text }
                            p(.class("muted")) {
                                DateText(notification.createdAt)
                                notification.delivery == .dailyDigest
                                    ? (notification.sentAt == nil ? " · waiting for your daily digest" : " · sent in your daily digest")
                                    : " · sent by mail"
                            }
                        }
                    }
                }
            }
        }
    }
}
