import Foundation

/// The rule for a school's name: trimmed, not empty, at most 160 characters (unique in its
/// organization, which the store checks).
public enum SchoolName {
    /// The most characters a school's name may have.
    public static let maximumLength = 160

    /// The name as stored (trimmed), or why it cannot be.
    public static func check(_ raw: String) -> Result<String, SchoolNameError> {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .failure(.empty) }
        if name.count > maximumLength { return .failure(.tooLong(maximum: maximumLength)) }
        return .success(name)
    }
}

/// Why a school's name was refused.
public enum SchoolNameError: Error, Equatable, Sendable {
    case empty
    case tooLong(maximum: Int)
    /// The organization has a school of that name (any case) already.
    case taken(String)
}

extension SchoolNameError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .empty, .tooLong: .invalidInput
        case .taken: .conflict
        }
    }

    public var message: String {
        switch self {
        case .empty: "Enter the school's name."
        case .tooLong(let maximum): "Use at most \(maximum) characters."
        case .taken(let name): "There is already a school named '\(name)'."
        }
    }

    public var field: String? { "name" }
}
