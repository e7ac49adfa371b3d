import CairnHTML

/// The sign-in form: email, password, and where to go afterwards.
public struct SignInPage: HTML {
    /// The message shown when the email and password don't match an account.
    public static let mismatchMessage = "That email and password don't match an account."

    let context: PageContext
    let email: String
    let next: String
    let errors: FormErrors

    /// - Parameters:
    ///   - email: what was typed, kept after a failed attempt.
    ///   - next: the path to return to after signing in (sent back as the hidden `next` field).
    ///   - errors: field errors and the form-level mismatch message.
    public init(context: PageContext, email: String = "", next: String = "", errors: FormErrors = FormErrors()) {
        self.context = context
        self.email = email
        self.next = next
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: "Sign in", context: context, width: .narrow,
               lead: "Sign in to work on your microcredentials, review evidence, or run your organization.") {
            ErrorSummary(errors)
            PostForm(action: AccountEndpoints.signIn.path(), csrfToken: context.csrfToken, class: "stack") {
                input(.type(.hidden), .name("next"), .value(next))
                TextField(label: "Email address", name: "email", value: email, kind: .email,
                          error: errors["email"], autocomplete: "email", required: true)
                TextField(label: "Password", name: "password", kind: .password,
                          error: errors["password"], autocomplete: "current-password", required: true)
                SubmitButton("Sign in")
            }
            p(.class("aside")) { a(.href(AccountEndpoints.forgotPassword.path())) { "Forgot your password?" } }
        }
    }
}
