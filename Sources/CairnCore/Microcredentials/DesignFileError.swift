/// Why a design file could not be read; each case names where in the file, as a JSON path
/// (`design.rubric.criteria[2].title`), and says what is wrong in plain words.
public enum DesignFileError: DomainError, Equatable, Sendable {
    /// The bytes are not JSON at all (the detail is the parser's, with its line when it gives one).
    case invalidJSON(detail: String)
    /// No `"format": "cairn-design"` (the value found, if any): some other file.
    case wrongFormat(String?)
    /// A `formatVersion` this Cairn does not read (the text found).
    case unsupportedVersion(String)
    /// A key the format requires is absent.
    case missingKey(path: String)
    /// A value of the wrong type ("text", "a list", "a whole number" …).
    case wrongType(path: String, expected: String, found: String)
    /// A value of the right type that is not acceptable (an unknown grade band …).
    case invalidValue(path: String, message: String)

    /// Where in the file; "" for the file as a whole.
    public var path: String {
        switch self {
        case .invalidJSON, .wrongFormat: ""
        case .unsupportedVersion: "formatVersion"
        case .missingKey(let path), .wrongType(let path, _, _), .invalidValue(let path, _): path
        }
    }

    public var kind: DomainErrorKind { .invalidInput }

    /// The JSON path of the problem; nil for the file as a whole.
    public var field: String? { path.isEmpty ? nil : path }

    /// A sentence a designer understands, naming the place in the file.
    public var message: String {
        switch self {
        case .invalidJSON(let detail):
            "The file is not valid JSON (\(detail)). Export the design again or check the file in a JSON validator."
        case .wrongFormat(nil):
            "This is not a Cairn design file: it has no \"format\": \"cairn-design\"."
        case .wrongFormat(let found?):
            "This is not a Cairn design file: its format is “\(found)”, not “cairn-design”."
        case .unsupportedVersion(let found):
            "This design file has format version \(found); this Cairn reads version \(DesignFile.formatVersion). Export it again from an up-to-date Cairn."
        case .missingKey(let path):
            "\(path) is missing."
        case .wrongType(let path, let expected, let found):
            "\(path) should be \(expected), but is \(found)."
        case .invalidValue(let path, let message):
            "\(path): \(message)"
        }
    }
}

extension DesignFileError: CustomStringConvertible {
    public var description: String { message }
}
