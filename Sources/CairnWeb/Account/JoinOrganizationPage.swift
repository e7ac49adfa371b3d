import CairnCore
import CairnHTML

/// Accepts an invitation for someone who has an account already: signed in as the invited person,
/// one button joins; anyone else is told whom to sign in as. Nothing changes until that button.
public struct JoinOrganizationPage: HTML {
    /// Who is looking at the invitation.
    public enum Viewer: Sendable, Hashable {
        case invitedPerson
        case someoneElse(email: String)
        case nobody
    }

    let context: PageContext
    let token: String
    let invitation: InvitationDetails
    let viewer: Viewer
    let error: String?

    public init(context: PageContext, token: String, invitation: InvitationDetails, viewer: Viewer, error: String? = nil) {
        self.context = context
        self.token = token
        self.invitation = invitation
        self.viewer = viewer
        self.error = error
    }

    public var body: some HTML {
        Layout(title: "Join \(invitation.organizationName)", context: context, width: .narrow) {
            p(.class("lead")) {
                "You're invited to join \(invitation.organizationName) on Cairn"
                if !invitation.roles.isEmpty {
                    ", with the roles: "
                    invitation.roles.map(\.displayName).joined(separator: ", ")
                }
                "."
            }
            ErrorSummary(FormErrors(formMessage: error))
            switch viewer {
            case .invitedPerson:
                p { "Your other organizations and your password stay as they are." }
                PostForm(action: AccountEndpoints.joinByInvitation.path(query: .token(token)), csrfToken: context.csrfToken, class: "stack") {
                    SubmitButton("Join \(invitation.organizationName)")
                }
            case .someoneElse(let email):
                p {
                    "This invitation is for "
                    strong { invitation.email }
                    ", and you're signed in as \(email). Sign out, then sign in as \(invitation.email) to accept it."
                }
            case .nobody:
                p {
                    strong { invitation.email }
                    " already has a Cairn account. Sign in with it to accept the invitation."
                }
                ButtonLink("Sign in", to: AccountEndpoints.signIn.path(query: .next(AccountEndpoints.acceptInvitation.path(query: .token(token)))))
            }
        }
    }
}
