/// Why a new password was not set with a reset link.
public enum PasswordResetError: Error, Equatable, Sendable {
    /// The link cannot be used (unknown, expired, already used).
    case link(OneTimeTokenError)
    /// The new password breaks the password policy.
    case password(PasswordProblem)
    /// The confirmation differs from the password.
    case confirmationDiffers
    /// The password was set, but the person belongs to no organization any more.
    case noActiveOrganization
}

extension PasswordResetError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .link(let problem): problem.kind
        case .password, .confirmationDiffers: .invalidInput
        case .noActiveOrganization: .forbidden
        }
    }

    public var message: String {
        switch self {
        case .link(let problem): problem.message
        case .password(let problem): problem.message
        case .confirmationDiffers: "The two passwords don't match."
        case .noActiveOrganization: "Your account has no active organization. Ask your organization's admin."
        }
    }

    /// The form field it belongs beside; nil for the form as a whole.
    public var field: String? {
        switch self {
        case .password: "password"
        case .confirmationDiffers: "password_confirmation"
        case .link, .noActiveOrganization: nil
        }
    }
}
