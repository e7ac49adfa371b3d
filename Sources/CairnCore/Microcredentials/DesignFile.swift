import Foundation

/// A design as a file, for districts to share designs: JSON with a format name and version.
///
/// ```json
/// { "format": "cairn-design", "formatVersion": 1, "exportedAt": "2026-11-25T12:00:00Z",
///   "source": { "organization": "Riverbend Unified School District", "microcredential": "formative-assessment", "version": 3 },
///   "design": { … } }
/// ```
/// The design's keys are `Design`'s property names. Stored files are not exported: `image.blob` and
/// `attachments` are left out when writing and ignored when reading (the image's alt text travels).
public struct DesignFile: Hashable, Sendable {
    public static let format = "cairn-design"
    public static let formatVersion = 1

    /// Where a design came from (informative; an import does not depend on it).
    public struct Source: Codable, Hashable, Sendable {
        public var organization: String
        /// The microcredential's slug.
        public var microcredential: String
        /// The version number.
        public var version: Int

        public init(organization: String, microcredential: String, version: Int) {
            self.organization = organization
            self.microcredential = microcredential
            self.version = version
        }
    }

    public var design: Design
    public var source: Source?
    /// When it was exported (whole seconds); nil when a file does not say.
    public var exportedAt: Date?

    public init(design: Design, source: Source? = nil, exportedAt: Date? = nil) {
        self.design = design
        self.source = source
        self.exportedAt = exportedAt
    }

    /// The file: pretty-printed JSON with sorted keys, without the image's blob or the attachments.
    public func encode() -> [UInt8] {
        var exported = design
        exported.image?.blob = nil
        exported.attachments = []
        let envelope = Envelope(format: Self.format, formatVersion: Self.formatVersion,
                                exportedAt: exportedAt.map(Self.formatDate), source: source, design: exported)
        return Self.encode(envelope, pretty: true)
    }

    /// Reads a file; refuses another format or version before looking at the design.
    ///
    /// - Throws: `DesignFileError`, naming the JSON path of the first problem found.
    public static func decode(_ data: [UInt8]) throws(DesignFileError) -> DesignFile {
        let tree = try parse(data)
        guard case .object(let top) = tree else {
            throw .wrongType(path: "(the file)", expected: "an object", found: tree.described)
        }
        guard case .string(let format)? = top["format"], format == Self.format else {
            if case .string(let other)? = top["format"] { throw .wrongFormat(other) }
            throw .wrongFormat(nil)
        }
        switch top["formatVersion"] {
        case .number(let n)? where n == Double(Self.formatVersion): break
        case nil: throw .missingKey(path: "formatVersion")
        case .number(let n)?: throw .unsupportedVersion(n.rounded() == n ? String(Int(n)) : String(n))
        case let other?: throw .wrongType(path: "formatVersion", expected: "a whole number", found: other.described)
        }
        let envelope = try decode(Envelope.self, tree: tree, root: [])
        var exportedAt: Date?
        if let text = envelope.exportedAt {
            guard let date = parseDate(text) else {
                throw .invalidValue(path: "exportedAt", message: "“\(text)” is not a date and time such as 2026-11-25T12:00:00Z.")
            }
            exportedAt = date
        }
        // A file never refers to stored content: blobs named in it are dropped, so an import
        // cannot reach an image or attachment it was not given.
        var design = envelope.design
        design.image?.blob = nil
        design.attachments = []
        return DesignFile(design: design, source: envelope.source, exportedAt: exportedAt)
    }

    // MARK: The design alone, as the database stores it

    /// A design as compact JSON with sorted keys, the image's blob included: how a version's design is stored.
    public static func encodeDesign(_ design: Design) -> [UInt8] { encode(design, pretty: false) }

    /// Reads what `encodeDesign` wrote; paths start at `design`.
    public static func decodeDesign(_ data: [UInt8]) throws(DesignFileError) -> Design {
        try decode(Design.self, tree: try parse(data), root: ["design"])
    }

    // MARK: Internals

    private struct Envelope: Codable {
        var format: String
        var formatVersion: Int
        var exportedAt: String?
        var source: Source?
        var design: Design
    }

    private static func encode(_ value: some Encodable, pretty: Bool) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value))
        } catch {
            // Only non-finite numbers fail to encode; a design holding them is a programming error.
            preconditionFailure("a design could not be encoded: \(error)")
        }
    }

    private static func parse(_ data: [UInt8]) throws(DesignFileError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(data))
        } catch let DecodingError.typeMismatch(_, context) {
            // The one value JSONValue cannot hold: a number beyond Double's range (1e400).
            throw .invalidValue(path: jsonPath(context.codingPath, root: []),
                                message: "this number is too large to read; use an ordinary number.")
        } catch let DecodingError.dataCorrupted(context) {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw .invalidJSON(detail: detail ?? context.debugDescription)
        } catch {
            throw .invalidJSON(detail: "\(error)")
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, tree: JSONValue, root: [String]) throws(DesignFileError) -> T {
        do {
            return try JSONTreeDecoder(tree).unbox(type)
        } catch let error as DecodingError {
            throw translate(error, tree: tree, root: root)
        } catch {
            throw .invalidJSON(detail: "\(error)")
        }
    }

    /// Turns a decoding error into one naming the path in the file's words.
    /// A coding path as the JSON path errors name: `design.rubric.criteria[2].title`.
    static func jsonPath(_ keys: [any CodingKey], root: [String]) -> String {
        var text = root.joined(separator: ".")
        for key in keys {
            if let index = key.intValue, key.stringValue == String(index) || key.stringValue.hasPrefix("Index") {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text.isEmpty ? "(the file)" : text
    }

    static func translate(_ error: DecodingError, tree: JSONValue, root: [String]) -> DesignFileError {
        func path(_ keys: [any CodingKey]) -> String { jsonPath(keys, root: root) }
        func found(_ keys: [any CodingKey]) -> String { tree.value(at: keys)?.described ?? "missing" }
        switch error {
        case .keyNotFound(let key, let context):
            return .missingKey(path: path(context.codingPath + [key]))
        case .typeMismatch(let type, let context):
            return .wrongType(path: path(context.codingPath), expected: describe(type), found: found(context.codingPath))
        case .valueNotFound(let type, let context):
            return .wrongType(path: path(context.codingPath), expected: describe(type), found: "null")
        case .dataCorrupted(let context):
            if case .number(let n)? = tree.value(at: context.codingPath), n.rounded() != n || abs(n) >= 1e15 {
                return .wrongType(path: path(context.codingPath), expected: "a whole number", found: JSONValue.number(n).described)
            }
            return .invalidValue(path: path(context.codingPath), message: context.debugDescription)
        @unknown default:
            return .invalidJSON(detail: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "String": "text"
        case "Int", "Int64", "Int32": "a whole number"
        case "Double", "Float": "a number"
        case "Bool": "true or false"
        case let name where name.hasPrefix("Array"): "a list"
        default: "an object"
        }
    }

    private static func formatDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
