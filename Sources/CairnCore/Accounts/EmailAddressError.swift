/// Why a text is not an acceptable email address.
public enum EmailAddressError: Error, Equatable, Sendable {
    case empty, missingAt, invalidLocalPart, invalidDomain, tooLong
}

extension EmailAddressError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .empty: "Enter an email address."
        case .missingAt, .invalidLocalPart, .invalidDomain: "Enter an email address like name@school.org."
        case .tooLong: "That email address is too long."
        }
    }

    public var field: String? { "email" }
}
