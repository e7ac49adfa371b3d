import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// A member's notifications and how they arrive.
struct NotificationRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(NotificationEndpoints.list, list)
        table.add(NotificationEndpoints.settings) { (context: SignedIn) in try settings(context) }
        table.add(NotificationEndpoints.saveSettings, saveSettings)
    }

    func list(_ context: SignedIn) throws -> Response {
        let notifications = try app.notifications.recentPage(for: context.member)
        return app.render(NotificationsPage(context: page(context), notifications: notifications))
    }

    func settings(_ context: SignedIn) throws -> Response {
        let chosen = try app.notifications.preference(of: context.member)
        return app.render(NotificationSettingsPage(context: page(context), selected: chosen?.rawValue))
    }

    /// Saves the choice for this organization; 422 with the message beside the radios for anything else.
    func saveSettings(_ context: SignedIn) throws -> Response {
        let typed = context.request.form[NotificationSettingsPage.field] ?? ""
        guard let preference = NotificationPreference(rawValue: typed) else {
            var errors = FormErrors()
            errors.add("Choose how Cairn should send you these messages.", for: NotificationSettingsPage.field)
            return app.render(NotificationSettingsPage(context: page(context), selected: nil, errors: errors), status: .unprocessableContent)
        }
        try app.notifications.setPreference(preference, of: context.member)
        let how = preference == .immediate ? "each message as it happens" : "one digest a day"
        return app.redirect(to: NotificationEndpoints.settings.path(), .success, "Saved: you'll get \(how).")
    }

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
