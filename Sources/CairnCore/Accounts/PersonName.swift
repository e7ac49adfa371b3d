import Foundation

/// The rule for the name a person is known by, wherever it is typed (invite form, roster file,
/// accepting an invitation, the command line): trimmed, not empty, at most 120 characters, and
/// no control characters.
public enum PersonName {
    /// The most characters a name may have.
    public static let maximumLength = 120

    /// The name as stored (trimmed), or why it cannot be.
    public static func check(_ raw: String) -> Result<String, PersonNameError> {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .failure(.empty) }
        if name.count > maximumLength { return .failure(.tooLong(maximum: maximumLength)) }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return .failure(.controlCharacters) }
        return .success(name)
    }
}

/// Why a name was refused.
public enum PersonNameError: Error, Equatable, Hashable, Sendable {
    case empty
    case tooLong(maximum: Int)
    case controlCharacters
}

extension PersonNameError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .empty: "Enter the person's name."
        case .tooLong(let maximum): "Use at most \(maximum) characters."
        case .controlCharacters: "Use letters, spaces and punctuation only."
        }
    }

    public var field: String? { "name" }
}
