/// Why a JSON Schema cannot be used: Cairn validates the draft 2019-09 keywords the bundled OB 3.0
/// schemas use and refuses any other rather than silently passing what it does not check.
public enum JSONSchemaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A keyword outside the supported subset, at a JSON Pointer into the schema.
    case unsupportedKeyword(String, at: String)
    /// A keyword whose value is not what draft 2019-09 allows.
    case invalidKeyword(String, at: String, reason: String)
    /// The schema declares a draft other than 2019-09.
    case unsupportedDraft(String)
    /// A `format` Cairn does not check.
    case unsupportedFormat(String, at: String)
    /// A `$ref` that does not point into this schema.
    case unresolvableReference(String, at: String)
    /// Something that is neither an object nor a boolean where a schema belongs.
    case notASchema(at: String)

    public var description: String {
        switch self {
        case .unsupportedKeyword(let keyword, let at):
            "the schema uses “\(keyword)” at \(Self.show(at)), a keyword Cairn does not check; "
                + "it validates only: \(SchemaKeywords.supported.sorted().joined(separator: ", "))"
        case .invalidKeyword(let keyword, let at, let reason): "“\(keyword)” at \(Self.show(at)) \(reason)"
        case .unsupportedDraft(let uri): "the schema is written for \(uri); Cairn validates JSON Schema draft 2019-09 only"
        case .unsupportedFormat(let format, let at):
            "the schema asks for format “\(format)” at \(Self.show(at)); Cairn checks only “date-time” and “date”"
        case .unresolvableReference(let ref, let at):
            "the reference “\(ref)” at \(Self.show(at)) does not point into this schema, and Cairn follows no other"
        case .notASchema(let at): "\(Self.show(at)) holds neither an object nor a boolean, so it is not a schema"
        }
    }

    static func show(_ pointer: String) -> String { pointer.isEmpty ? "the top of the schema" : pointer }
}

/// One way an instance fails its schema: where (a JSON Pointer into the instance) and why, as a sentence.
public struct JSONSchemaViolation: Equatable, Sendable, CustomStringConvertible {
    /// The JSON Pointer of the offending value (RFC 6901), "" for the whole document; for a missing
    /// required property, the pointer the property would have.
    public let path: String
    /// What is wrong, as a person would say it.
    public let message: String
    /// The schema keyword that failed, for programs.
    public let keyword: String

    public init(path: String, message: String, keyword: String) {
        (self.path, self.message, self.keyword) = (path, message, keyword)
    }

    public var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
}

/// The keywords the supported subset knows.
enum SchemaKeywords {
    /// Checked keywords and annotations: exactly those the bundled OB 3.0 schemas use.
    static let supported: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "$comment", "title", "description",
        "type", "enum", "format", "pattern",
        "properties", "required", "additionalProperties",
        "items", "additionalItems", "minItems", "contains",
        "oneOf", "allOf",
    ]
    /// The values `$schema` may have.
    static let draft201909: Set<String> = [
        "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2019-09/schema#",
    ]
}
