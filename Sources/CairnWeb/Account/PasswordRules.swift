import CairnApp
import CairnCore

/// The checks every new password goes through, written as form errors.
enum PasswordRules {
    static func check(_ password: String, confirmation: String, email: EmailAddress?, into errors: inout FormErrors) {
        if let problem = PasswordPolicy().problems(in: password, email: email).first {
            errors.add(problem.message, for: "password")
        } else if password != confirmation {
            errors.add("The two passwords don't match.", for: "password_confirmation")
        }
    }
}
