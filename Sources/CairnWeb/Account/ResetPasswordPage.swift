import CairnHTML

/// Chooses a new password, from the link in a reset email.
public struct ResetPasswordPage: HTML {
    let context: PageContext
    let token: String
    let errors: FormErrors

    /// - Parameter token: the token from the link, posted back in the form's action.
    public init(context: PageContext, token: String, errors: FormErrors = FormErrors()) {
        self.context = context
        self.token = token
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: "Choose a new password", context: context, width: .narrow) {
            ErrorSummary(errors)
            PostForm(action: AccountEndpoints.saveNewPassword.path(query: .token(token)), csrfToken: context.csrfToken, class: "stack") {
                NewPasswordFields(errors: errors)
                SubmitButton("Save new password")
            }
        }
    }
}
