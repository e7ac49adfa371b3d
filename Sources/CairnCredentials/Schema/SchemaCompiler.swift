import Foundation

/// Turns a schema document into `SchemaNode`s, refusing any keyword outside the supported subset.
struct SchemaCompiler {
    let document: JSON
    /// Every compiled `$defs` entry and `$ref` target, by JSON Pointer.
    private(set) var table: [String: SchemaNode] = [:]
    private var pendingReferences: [(pointer: String, from: String)] = []

    init(document: JSON) { self.document = document }

    /// Compiles the whole document and every subschema a `$ref` names.
    mutating func compileDocument() throws(JSONSchemaError) -> SchemaNode {
        if let draft = document["$schema"] {
            guard let uri = draft.stringValue else {
                throw .invalidKeyword("$schema", at: "", reason: "must be a URI string")
            }
            guard SchemaKeywords.draft201909.contains(uri) else { throw .unsupportedDraft(uri) }
        }
        let root = try compile(document, at: "", isRoot: true)
        table[""] = root
        while let (pointer, from) = pendingReferences.popLast() {
            guard table[pointer] == nil else { continue }
            guard let target = Self.resolve(pointer, in: document) else {
                throw .unresolvableReference("#" + pointer, at: from)
            }
            table[pointer] = try compile(target, at: pointer)
        }
        return root
    }

    private mutating func compile(_ schema: JSON, at location: String, isRoot: Bool = false) throws(JSONSchemaError) -> SchemaNode {
        if case .bool(let value) = schema { return SchemaNode(location: location, constant: value) }
        guard let members = schema.objectValue else { throw .notASchema(at: location) }
        for key in members.keys.sorted() where !SchemaKeywords.supported.contains(key) {
            throw .unsupportedKeyword(key, at: location)
        }
        if !isRoot, members["$id"] != nil {
            throw .invalidKeyword("$id", at: location, reason: "changes the base URI inside the schema, which Cairn does not follow")
        }
        if !isRoot, members["$schema"] != nil {
            throw .invalidKeyword("$schema", at: location, reason: "may stand only at the top of the schema")
        }
        for key in ["title", "description", "$comment"] {
            if let value = members[key], value.stringValue == nil {
                throw .invalidKeyword(key, at: location, reason: "must be a string")
            }
        }
        if let defs = members["$defs"] {
            guard let entries = defs.objectValue else { throw .invalidKeyword("$defs", at: location, reason: "must be an object") }
            for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
                let pointer = location + "/$defs/" + JSONPointer.escape(name)
                table[pointer] = try compile(entry, at: pointer)
            }
        }
        return SchemaNode(
            location: location,
            types: try types(members["type"], at: location),
            enumValues: try enumValues(members["enum"], at: location),
            format: try format(members["format"], at: location),
            pattern: try pattern(members["pattern"], at: location),
            properties: try properties(members["properties"], at: location),
            required: try required(members["required"], at: location),
            additionalProperties: try members["additionalProperties"].map { v throws(JSONSchemaError) in
                try compile(v, at: location + "/additionalProperties")
            },
            items: try items(members["items"], at: location),
            additionalItems: try members["additionalItems"].map { v throws(JSONSchemaError) in
                try compile(v, at: location + "/additionalItems")
            },
            minItems: try minItems(members["minItems"], at: location),
            contains: try members["contains"].map { v throws(JSONSchemaError) in try compile(v, at: location + "/contains") },
            oneOf: try list(members["oneOf"], keyword: "oneOf", at: location),
            allOf: try list(members["allOf"], keyword: "allOf", at: location),
            reference: try reference(members["$ref"], at: location))
    }

    private func types(_ value: JSON?, at location: String) throws(JSONSchemaError) -> [SchemaNode.TypeName]? {
        guard let value else { return nil }
        let names: [JSON] = value.arrayValue ?? [value]
        var types: [SchemaNode.TypeName] = []
        for name in names {
            guard let text = name.stringValue, let type = SchemaNode.TypeName(rawValue: text) else {
                throw .invalidKeyword("type", at: location, reason: "names \(name.serialized), which is not a JSON Schema type")
            }
            types.append(type)
        }
        guard !types.isEmpty else { throw .invalidKeyword("type", at: location, reason: "must name at least one type") }
        return types
    }

    private func enumValues(_ value: JSON?, at location: String) throws(JSONSchemaError) -> [JSON]? {
        guard let value else { return nil }
        guard let values = value.arrayValue else { throw .invalidKeyword("enum", at: location, reason: "must be an array") }
        return values
    }

    private func format(_ value: JSON?, at location: String) throws(JSONSchemaError) -> SchemaFormat? {
        guard let value else { return nil }
        guard let name = value.stringValue else { throw .invalidKeyword("format", at: location, reason: "must be a string") }
        guard let format = SchemaFormat(rawValue: name) else { throw .unsupportedFormat(name, at: location) }
        return format
    }

    private func pattern(_ value: JSON?, at location: String) throws(JSONSchemaError) -> SchemaPattern? {
        guard let value else { return nil }
        guard let source = value.stringValue else { throw .invalidKeyword("pattern", at: location, reason: "must be a string") }
        guard let pattern = SchemaPattern(source) else {
            throw .invalidKeyword("pattern", at: location, reason: "is not a regular expression Cairn can compile")
        }
        return pattern
    }

    private mutating func properties(_ value: JSON?, at location: String) throws(JSONSchemaError) -> [String: SchemaNode] {
        guard let value else { return [:] }
        guard let members = value.objectValue else { throw .invalidKeyword("properties", at: location, reason: "must be an object") }
        var nodes: [String: SchemaNode] = [:]
        for (name, schema) in members.sorted(by: { $0.key < $1.key }) {
            nodes[name] = try compile(schema, at: location + "/properties/" + JSONPointer.escape(name))
        }
        return nodes
    }

    private func required(_ value: JSON?, at location: String) throws(JSONSchemaError) -> [String] {
        guard let value else { return [] }
        guard let names = value.arrayValue?.compactMap(\.stringValue), names.count == value.arrayValue?.count else {
            throw .invalidKeyword("required", at: location, reason: "must be an array of strings")
        }
        return names
    }

    private mutating func items(_ value: JSON?, at location: String) throws(JSONSchemaError) -> SchemaNode.Items? {
        guard let value else { return nil }
        if let schemas = value.arrayValue {
            var nodes: [SchemaNode] = []
            for (i, schema) in schemas.enumerated() { nodes.append(try compile(schema, at: location + "/items/\(i)")) }
            return .tuple(nodes)
        }
        return .all(try compile(value, at: location + "/items"))
    }

    private func minItems(_ value: JSON?, at location: String) throws(JSONSchemaError) -> Int? {
        guard let value else { return nil }
        guard let n = value.numberValue, n >= 0, n == n.rounded(), n < 1e9 else {
            throw .invalidKeyword("minItems", at: location, reason: "must be a non-negative integer")
        }
        return Int(n)
    }

    private mutating func list(_ value: JSON?, keyword: String, at location: String) throws(JSONSchemaError) -> [SchemaNode]? {
        guard let value else { return nil }
        guard let schemas = value.arrayValue, !schemas.isEmpty else {
            throw .invalidKeyword(keyword, at: location, reason: "must be a non-empty array of schemas")
        }
        var nodes: [SchemaNode] = []
        for (i, schema) in schemas.enumerated() { nodes.append(try compile(schema, at: location + "/\(keyword)/\(i)")) }
        return nodes
    }

    private mutating func reference(_ value: JSON?, at location: String) throws(JSONSchemaError) -> String? {
        guard let value else { return nil }
        guard let ref = value.stringValue else { throw .invalidKeyword("$ref", at: location, reason: "must be a string") }
        guard ref.hasPrefix("#"), let pointer = JSONPointer.fragmentPointer(ref) else {
            throw .unresolvableReference(ref, at: location)
        }
        pendingReferences.append((pointer, location))
        return pointer
    }

    /// The value at a JSON Pointer in a document.
    static func resolve(_ pointer: String, in document: JSON) -> JSON? {
        guard !pointer.isEmpty else { return document }
        var current = document
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let name = JSONPointer.unescape(String(token))
            switch current {
            case .object(let members):
                guard let next = members[name] else { return nil }
                current = next
            case .array(let items):
                guard let i = Int(name), items.indices.contains(i) else { return nil }
                current = items[i]
            default: return nil
            }
        }
        return current
    }
}

/// JSON Pointer (RFC 6901) escaping.
enum JSONPointer {
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func unescape(_ token: String) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The pointer in a URI fragment (`#/$defs/Profile`), percent-decoded; nil for a named anchor.
    static func fragmentPointer(_ ref: String) -> String? {
        let fragment = String(ref.dropFirst())
        guard fragment.isEmpty || fragment.hasPrefix("/") else { return nil }
        return fragment.removingPercentEncoding
    }
}
