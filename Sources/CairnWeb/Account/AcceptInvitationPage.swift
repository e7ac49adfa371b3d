import CairnCore
import CairnHTML
/// What an invitation says about the organization and the person invited.
public struct InvitationDetails: Sendable, Hashable {
    public var organizationName: String
    public var email: String
    public var roles: [Role]
    /// The name the admin typed, offered as the starting value.
    public var displayName: String

    public init(organizationName: String, email: String, roles: [Role], displayName: String) {
        self.organizationName = organizationName
        self.email = email
        self.roles = roles
        self.displayName = displayName
    }
}

/// Accepts an invitation: the invited person chooses the name others see and a password.
public struct AcceptInvitationPage: HTML {
    let context: PageContext
    let token: String
    let invitation: InvitationDetails
    let errors: FormErrors

    /// - Parameter invitation: its `displayName` is what the form shows (what was typed, after an error).
    public init(context: PageContext, token: String, invitation: InvitationDetails, errors: FormErrors = FormErrors()) {
        self.context = context
        self.token = token
        self.invitation = invitation
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: "Join \(invitation.organizationName)", context: context, width: .narrow) {
            p(.class("lead")) {
                "You've been invited to Cairn as "
                strong { invitation.email }
                if !invitation.roles.isEmpty {
                    ", with the roles: "
                    invitation.roles.map(\.displayName).joined(separator: ", ")
                }
                "."
            }
            ErrorSummary(errors)
            PostForm(action: AccountEndpoints.joinByInvitation.path(query: .token(token)), csrfToken: context.csrfToken, class: "stack") {
                TextField(label: "Your name", name: "display_name", value: invitation.displayName,
                          hint: "As your colleagues and assessors will see it.",
                          error: errors["display_name"], autocomplete: "name", required: true)
                NewPasswordFields(errors: errors)
                SubmitButton("Accept invitation")
            }
        }
    }
}
