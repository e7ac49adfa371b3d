/// A parsed JSON document, kept to say what a design file holds at a path when decoding fails.
enum JSONValue: Codable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !list.isAtEnd { items.append(try list.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        if let container = try? decoder.container(keyedBy: AnyKey.self) {
            var object: [String: JSONValue] = [:]
            for key in container.allKeys { object[key.stringValue] = try container.decode(JSONValue.self, forKey: key) }
            self = .object(object)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let b = try? single.decode(Bool.self) { self = .bool(b) }
        else if let d = try? single.decode(Double.self) { self = .number(d) }
        else { self = .string(try single.decode(String.self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        switch self {
        case .null: try single.encodeNil()
        case .bool(let b): try single.encode(b)
        case .number(let d): try single.encode(d)
        case .string(let s): try single.encode(s)
        case .array(let items): try single.encode(items)
        case .object(let object): try single.encode(object)
        }
    }

    /// The value at a coding path, if the document has one there.
    func value(at path: [any CodingKey]) -> JSONValue? {
        var current = self
        for key in path {
            switch current {
            case .object(let object):
                guard let next = object[key.stringValue] else { return nil }
                current = next
            case .array(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return nil }
                current = items[index]
            default: return nil
            }
        }
        return current
    }

    /// What the value is, in words: "text (“k3”)", "a number (9.5)", "a list" …
    var described: String {
        switch self {
        case .null: "null"
        case .bool(let b): "true or false (\(b))"
        case .number(let d): d.rounded() == d && abs(d) < 1e15 ? "a number (\(Int(d)))" : "a number (\(d))"
        case .string(let s): s.count <= 40 ? "text (“\(s)”)" : "text"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// A coding key for any string.
struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(stringValue: String) { (self.stringValue, intValue) = (stringValue, nil) }
    init(intValue: Int) { (stringValue, self.intValue) = (String(intValue), intValue) }
}
