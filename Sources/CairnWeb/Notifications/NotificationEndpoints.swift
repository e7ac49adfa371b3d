/// A member's notifications and how they reach them.
enum NotificationEndpoints {
    static let list = Endpoint(.get, "/notifications", access: .signedIn)
    static let settings = Endpoint(.get, "/settings/notifications", access: .signedIn)
    static let saveSettings = settings.with(.post)
}
