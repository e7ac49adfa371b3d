/// A JSON Schema (draft 2019-09) compiled for validation: the keywords the bundled OB 3.0 schemas
/// use, `format` asserted, `$ref` only into the same document.
///
/// Compiling refuses a schema with any other keyword, so nothing passes unchecked.
public struct JSONSchema: Sendable {
    /// The schema's `$id`, when it has one.
    public let id: String?
    let root: SchemaNode
    /// `$defs` entries and `$ref` targets by JSON Pointer.
    let table: [String: SchemaNode]

    /// Compiles a schema document.
    public init(_ document: JSON) throws(JSONSchemaError) {
        var compiler = SchemaCompiler(document: document)
        root = try compiler.compileDocument()
        table = compiler.table
        id = document["$id"]?.stringValue
    }

    /// Every way the instance fails the schema; empty when it conforms.
    public func violations(of instance: JSON) -> [JSONSchemaViolation] {
        var validation = SchemaValidation(table: table)
        validation.check(instance, against: root, at: "")
        return validation.violations
    }

    /// True when the instance conforms.
    public func accepts(_ instance: JSON) -> Bool { violations(of: instance).isEmpty }
}
