import CairnHTML

/// Asks for an email address to send a password reset link to.
///
/// After sending, the page says the same thing whether or not an account uses the address,
/// so it never reveals who has an account.
public struct ForgotPasswordPage: HTML {
    let context: PageContext
    let email: String
    let isSent: Bool
    let errors: FormErrors

    /// - Parameter sent: the request was accepted; show the confirmation instead of the form.
    public init(context: PageContext, email: String = "", sent: Bool = false, errors: FormErrors = FormErrors()) {
        self.context = context
        self.email = email
        self.isSent = sent
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: isSent ? "Check your email" : "Reset your password", context: context, width: .narrow) {
            if isSent {
                div(.class("panel")) {
                    p {
                        "If an account uses "
                        strong { email }
                        ", we've sent it a link to choose a new password. The link works once, for a limited time."
                    }
                    p { "Nothing arrived after a few minutes? Check your spam folder, or ask your organization admin." }
                }
                p { a(.href(AccountEndpoints.signIn.path())) { "Back to sign in" } }
            } else {
                p { "Enter the email address you sign in with. We'll send you a link to choose a new password." }
                ErrorSummary(errors)
                PostForm(action: AccountEndpoints.forgotPassword.path(), csrfToken: context.csrfToken, class: "stack") {
                    TextField(label: "Email address", name: "email", value: email, kind: .email,
                              error: errors["email"], autocomplete: "email", required: true)
                    SubmitButton("Send reset link")
                }
                p(.class("aside")) { a(.href(AccountEndpoints.signIn.path())) { "Back to sign in" } }
            }
        }
    }
}
