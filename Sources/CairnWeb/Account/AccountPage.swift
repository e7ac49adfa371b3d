import CairnCore
import CairnHTML

/// The signed-in person's account: their name and email, the organization and school they are in,
/// their roles there with what each does, the organization switcher, and their notification settings.
struct AccountPage: HTML {
    let context: PageContext
    let name: String
    let email: String
    let organizationName: String
    let schoolName: String?
    /// Roles in the current organization, in the order to show them.
    let roles: [Role]
    /// Every organization the person belongs to; the switcher appears when there are several.
    let organizations: [OrganizationChoice]

    var body: some HTML {
        Layout(title: "Your account", context: context, width: .narrow) {
            dl(.class("facts")) {
                div { dt { "Name" }; dd { name } }
                div { dt { "Email" }; dd { email } }
                div { dt { "Organization" }; dd { organizationName } }
                if let schoolName { div { dt { "School" }; dd { schoolName } } }
            }
            section(.aria(.labelledby, "roles-heading")) {
                h2(.id("roles-heading")) { "Your roles in \(organizationName)" }
                if roles.isEmpty {
                    p(.class("empty-state")) { "None yet. Your organization admin can give you one." }
                } else {
                    dl(.class("facts")) {
                        for role in roles { div { dt { role.displayName }; dd { role.summary } } }
                    }
                }
            }
            if organizations.count > 1 {
                section(.aria(.labelledby, "organizations-heading")) {
                    h2(.id("organizations-heading")) { "Organizations" }
                    OrganizationSwitcher(organizations: organizations, csrfToken: context.csrfToken)
                }
            }
            p { a(.href(NotificationEndpoints.settings.path())) { "Notification settings" } }
            p { a(.href(APISettingsEndpoints.page.path())) { "Connected apps and tokens" } }
        }
    }
}

/// An organization the signed-in person belongs to, for the switcher.
public struct OrganizationChoice: Sendable, Hashable {
    /// The value posted as `organization` to switch to it.
    public var id: String
    public var name: String
    public var isCurrent: Bool

    public init(id: String, name: String, isCurrent: Bool) {
        self.id = id
        self.name = name
        self.isCurrent = isCurrent
    }
}

/// Switches the current organization, for people who belong to several.
struct OrganizationSwitcher: HTML {
    let organizations: [OrganizationChoice]
    let csrfToken: String

    var body: some HTML {
        PostForm(action: AccountEndpoints.switchOrganization.path(), csrfToken: csrfToken, class: "switcher") {
            SelectField(label: "Switch organization", name: "organization",
                        choices: organizations.map { Choice(value: $0.id, label: $0.name) },
                        selected: organizations.first(where: \.isCurrent)?.id)
            SubmitButton("Switch", style: .secondary)
        }
    }
}
