import Foundation

/// A JSON document as credentials need it: numbers as JavaScript sees them, objects as
/// unordered maps, and a compact serialization with sorted keys (stable bytes to sign and show).
public enum JSON: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    /// A document that is not JSON.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public let reason: String
        public var description: String { "not JSON: \(reason)" }
    }

    /// Parses UTF-8 JSON text (see `JSONParser` for what is refused).
    public init(parsing data: some Collection<UInt8>) throws(SyntaxError) {
        let parsed = data.withContiguousStorageIfAvailable(JSON.parse)
            ?? Array(data).withUnsafeBufferPointer(JSON.parse)
        self = try parsed.get()
    }

    /// Parses JSON text.
    public init(parsing text: String) throws(SyntaxError) {
        var text = text
        self = try text.withUTF8(JSON.parse).get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSON, SyntaxError> {
        Result { () throws(SyntaxError) in try JSONParser.parse(bytes) }
    }

    public subscript(key: String) -> JSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var arrayValue: [JSON]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var objectValue: [String: JSON]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The value as a list: an array's items, nothing for null, or the value alone.
    public var asList: [JSON] {
        switch self {
        case .array(let items): items
        case .null: []
        default: [self]
        }
    }

    /// Compact JSON with object keys in code point order, numbers as JavaScript prints them.
    public var serialized: String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the compact JSON as UTF-8.
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: JSON.format(n).utf8)
        case .string(let s): JSON.writeString(s, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.sorted(by: { JSON.codePointOrder($0.key, $1.key) }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.writeString(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Orders strings by their UTF-16 code units, as JavaScript and RFC 8785 sort keys.
    ///
    /// UTF-8 bytes sort as code points do, and code points as UTF-16 does except for U+E000–U+FFFF
    /// against the supplementary planes: only strings with such characters (a byte from 0xEE) are compared as UTF-16.
    public static func codePointOrder(_ a: String, _ b: String) -> Bool {
        // The strings' own bytes, lent without a copy of either (both are contiguous but for a bridged string).
        let order: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                for i in 0..<min(x.count, y.count) where x[i] != y[i] {
                    return x[i] < 0xEE && y[i] < 0xEE ? x[i] < y[i] : nil
                }
                return x.count < y.count
            } ?? nil
        }
        if case .some(.some(let order)) = order { return order }
        return a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    /// A number as JavaScript's `Number.prototype.toString` prints it (ECMA-262 Number::toString):
    /// the shortest digits that read back to the same double, in decimal from 1e-7 to 1e21.
    public static func format(_ n: Double) -> String {
        if n.isNaN || n.isInfinite { return "null" }
        if n == 0 { return "0" }
        let sign = n < 0 ? "-" : ""
        // Swift prints the same shortest round-trip digits; only the layout differs.
        let swift = "\(abs(n))"
        let parts = swift.split(separator: "e")
        var exponent = parts.count == 2 ? Int(parts[1])! : 0
        let mantissa = parts[0]
        let point = mantissa.firstIndex(of: ".")
        let whole = point.map { mantissa[..<$0] } ?? mantissa
        let fraction = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        var digits = Array(whole + fraction)
        exponent += whole.count
        while digits.first == "0" { digits.removeFirst(); exponent -= 1 }
        while digits.last == "0" { digits.removeLast() }
        let k = digits.count
        let text = String(digits)
        if k <= exponent && exponent <= 21 { return sign + text + String(repeating: "0", count: exponent - k) }
        if 0 < exponent && exponent <= 21 {
            return sign + text.prefix(exponent) + "." + text.dropFirst(exponent)
        }
        if -6 < exponent && exponent <= 0 { return sign + "0." + String(repeating: "0", count: -exponent) + text }
        let e = exponent - 1
        let head = k == 1 ? text : text.prefix(1) + "." + text.dropFirst()
        return sign + head + "e" + (e < 0 ? "-" : "+") + String(abs(e))
    }

    /// Appends a string in quotes, escaping what JSON requires (and only that), in runs of bytes.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
                case 0x0A: out.append(contentsOf: #"\n"#.utf8)
                case 0x0D: out.append(contentsOf: #"\r"#.utf8)
                case 0x09: out.append(contentsOf: #"\t"#.utf8)
                case 0x08: out.append(contentsOf: #"\b"#.utf8)
                case 0x0C: out.append(contentsOf: #"\f"#.utf8)
                default: out.append(contentsOf: ("\\u" + NQuads.hex(UInt32(byte), width: 4).lowercased()).utf8)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSON: Codable {
    public init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var items: [JSON] = []
            while !list.isAtEnd { items.append(try list.decode(JSON.self)) }
            self = .array(items)
            return
        }
        if let container = try? decoder.container(keyedBy: JSONKey.self) {
            var members: [String: JSON] = [:]
            for key in container.allKeys { members[key.stringValue] = try container.decode(JSON.self, forKey: key) }
            self = .object(members)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let b = try? single.decode(Bool.self) { self = .bool(b) }
        else if let n = try? single.decode(Double.self) { self = .number(n) }
        else { self = .string(try single.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        switch self {
        case .null: try single.encodeNil()
        case .bool(let b): try single.encode(b)
        case .number(let n): try single.encode(n)
        case .string(let s): try single.encode(s)
        case .array(let items): try single.encode(items)
        case .object(let members): try single.encode(members)
        }
    }
}

/// A coding key for any member name.
struct JSONKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(stringValue: String) { (self.stringValue, intValue) = (stringValue, nil) }
    init(intValue: Int) { (stringValue, self.intValue) = (String(intValue), intValue) }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
                ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) { self = .object(Dictionary(elements, uniquingKeysWith: { $1 })) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(nilLiteral: ()) { self = .null }
}
