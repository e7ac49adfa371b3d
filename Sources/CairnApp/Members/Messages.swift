import CairnCore

// What a person reads when Cairn refuses an address, a password or a name: one sentence, saying
// how to fix it. The pages show them beside the field; the command line prints them.

extension EmailAddressError {
    public var message: String {
        switch self {
        case .empty: "Enter an email address."
        case .missingAt, .invalidLocalPart, .invalidDomain: "Enter an email address like name@school.org."
        case .tooLong: "That email address is too long."
        }
    }
}

extension PasswordProblem {
    public var message: String {
        switch self {
        case .tooShort(let minimum): "Use at least \(minimum) characters."
        case .sameAsEmail: "Choose a password that is not your email address."
        case .common: "That password is too common; choose one that is harder to guess."
        }
    }
}

extension PersonNameError {
    public var message: String {
        switch self {
        case .empty: "Enter the person's name."
        case .tooLong(let maximum): "Use at most \(maximum) characters."
        case .controlCharacters: "Use letters, spaces and punctuation only."
        }
    }
}
