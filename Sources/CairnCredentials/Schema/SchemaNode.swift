import Foundation

/// One compiled subschema: its keywords, already checked, ready to apply to instances.
final class SchemaNode: Sendable {
    /// The JSON type names of draft 2019-09.
    enum TypeName: String, Sendable {
        case object, array, string, number, integer, boolean, null
    }

    enum Items: Sendable {
        /// Every item matches one schema.
        case all(SchemaNode)
        /// Item i matches schema i (`items` as an array).
        case tuple([SchemaNode])
    }

    /// The location of this subschema in its document, as a JSON Pointer.
    let location: String
    /// `true` or `false` as a whole schema; nil for an object schema.
    let constant: Bool?
    let types: [TypeName]?
    let enumValues: [JSON]?
    let format: SchemaFormat?
    let pattern: SchemaPattern?
    let properties: [String: SchemaNode]
    let required: [String]
    let additionalProperties: SchemaNode?
    let items: Items?
    let additionalItems: SchemaNode?
    let minItems: Int?
    let contains: SchemaNode?
    let oneOf: [SchemaNode]?
    let allOf: [SchemaNode]?
    /// The JSON Pointer a `$ref` points to, resolved against the document's table when validating.
    let reference: String?

    init(location: String, constant: Bool? = nil, types: [TypeName]? = nil, enumValues: [JSON]? = nil,
         format: SchemaFormat? = nil, pattern: SchemaPattern? = nil, properties: [String: SchemaNode] = [:],
         required: [String] = [], additionalProperties: SchemaNode? = nil, items: Items? = nil,
         additionalItems: SchemaNode? = nil, minItems: Int? = nil, contains: SchemaNode? = nil,
         oneOf: [SchemaNode]? = nil, allOf: [SchemaNode]? = nil, reference: String? = nil) {
        self.location = location
        self.constant = constant
        self.types = types
        self.enumValues = enumValues
        self.format = format
        self.pattern = pattern
        self.properties = properties
        self.required = required
        self.additionalProperties = additionalProperties
        self.items = items
        self.additionalItems = additionalItems
        self.minItems = minItems
        self.contains = contains
        self.oneOf = oneOf
        self.allOf = allOf
        self.reference = reference
    }
}

/// A `pattern`: an ECMA-262 regular expression, compiled once and matched anywhere in the string.
struct SchemaPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once made and documented safe to share between threads.
    let source: String
    private let expression: NSRegularExpression

    init?(_ source: String) {
        guard let expression = try? NSRegularExpression(pattern: source) else { return nil }
        (self.source, self.expression) = (source, expression)
    }

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
