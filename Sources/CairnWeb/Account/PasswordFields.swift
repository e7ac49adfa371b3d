import CairnHTML

/// The two fields that set a password: the new one, and the same again.
struct NewPasswordFields: HTML {
    /// What the password policy asks for, in a sentence.
    static let hint = "At least 10 characters. A short sentence you'll remember works well; avoid your email address and common passwords."

    let errors: FormErrors

    var body: some HTML {
        TextField(label: "New password", name: "password", kind: .password, hint: Self.hint,
                  error: errors["password"], autocomplete: "new-password", required: true)
        TextField(label: "Confirm new password", name: "password_confirmation", kind: .password,
                  error: errors["password_confirmation"], autocomplete: "new-password", required: true)
    }
}
