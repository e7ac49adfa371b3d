/// What makes a password acceptable: long enough, not the email address, not a common password.
public struct PasswordPolicy: Sendable {
    public let minimumLength: Int

    public init(minimumLength: Int = 10) { self.minimumLength = minimumLength }

    /// Every problem with the password, empty when it is acceptable.
    public func problems(in password: String, email: EmailAddress? = nil) -> [PasswordProblem] {
        var problems: [PasswordProblem] = []
        if password.count < minimumLength { problems.append(.tooShort(minimum: minimumLength)) }
        let lowered = password.lowercased()
        if let email, lowered == email.rawValue || lowered == email.rawValue.split(separator: "@").first.map(String.init) {
            problems.append(.sameAsEmail)
        }
        if Self.common.contains(lowered) { problems.append(.common) }
        return problems
    }

    /// Throws the problems when there are any.
    public func check(_ password: String, email: EmailAddress? = nil) throws(PasswordPolicyError) {
        let problems = problems(in: password, email: email)
        guard problems.isEmpty else { throw PasswordPolicyError(problems: problems) }
    }

    /// The most used passwords of ten characters or more (lowercase), from public breach lists.
    static let common: Set<String> = [
        "1234567890", "12345678910", "123456789a", "1q2w3e4r5t", "1qaz2wsx3edc", "0123456789",
        "1111111111", "0000000000", "9876543210", "qwertyuiop", "qwerty1234", "qwerty123456",
        "password12", "password123", "password1234", "password!1", "passw0rd123", "iloveyou12",
        "abcdefghij", "abc1234567", "asdfghjkl1", "zxcvbnm123", "football12", "baseball12",
        "sunshine12", "princess12", "welcome123", "welcome1234", "letmein123", "changeme123",
        "administrator", "trustno1234", "teacher123", "teacher1234", "student123", "school1234",
        "classroom1", "education1", "superman12", "starwars12", "monkey1234", "dragon1234",
    ]
}

/// One reason a password was refused.
public enum PasswordProblem: Error, Equatable, Hashable, Sendable {
    case tooShort(minimum: Int)
    case sameAsEmail
    case common
}

extension PasswordProblem: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .tooShort(let minimum): "Use at least \(minimum) characters."
        case .sameAsEmail: "Choose a password that is not your email address."
        case .common: "That password is too common; choose one that is harder to guess."
        }
    }

    public var field: String? { "password" }
}

/// A refused password, with every reason.
public struct PasswordPolicyError: Error, Equatable, Sendable {
    public let problems: [PasswordProblem]
}
