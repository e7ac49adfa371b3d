/// A `Decoder` over a parsed `JSONValue` that reports every failure at its exact coding path.
///
/// Foundation's `JSONDecoder` loses the path for some failures (a fraction where a whole number
/// belongs is reported at the root as "not valid JSON"); a design file's errors must name the place.
struct JSONTreeDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: JSONValue, codingPath: [any CodingKey] = []) {
        self.value = value
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw mismatch([String: Any].self) }
        return KeyedDecodingContainer(Keyed<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([Any].self) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoder: self) }

    func mismatch(_ type: Any.Type) -> DecodingError {
        if value == .null {
            return .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "null where a value is required"))
        }
        return .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "found \(value.described)"))
    }

    /// Reads a value: the JSON scalars directly, anything else through its `init(from:)`.
    func unbox<T: Decodable>(_ type: T.Type) throws -> T {
        switch value {
        case .string(let s) where T.self == String.self: return s as! T
        case .bool(let b) where T.self == Bool.self: return b as! T
        case .number(let d) where T.self == Double.self: return d as! T
        case .number(let d) where T.self == Float.self: return Float(d) as! T
        case .number(let d) where T.self == Int.self:
            guard let i = Int(exactly: d) else { throw mismatch(Int.self) }
            return i as! T
        case .number(let d) where T.self == Int64.self:
            guard let i = Int64(exactly: d) else { throw mismatch(Int64.self) }
            return i as! T
        default:
            if [String.self, Bool.self, Double.self, Float.self, Int.self, Int64.self].contains(where: { $0 == T.self }) {
                throw mismatch(T.self)
            }
            return try T(from: self)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let object: [String: JSONValue]
        let codingPath: [any CodingKey]

        var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }
        func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

        func decoder(for key: Key) throws -> JSONTreeDecoder {
            guard let value = object[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
            }
            return JSONTreeDecoder(value, codingPath: codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).value == .null }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(for: key).unbox(type) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(for: key).unbox(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(for: key).unbox(type) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(for: key).unbox(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(for: key).unbox(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(for: key).unbox(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(for: key).unbox(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder(for: key).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder(for: key).unkeyedContainer() }
        func superDecoder() throws -> any Decoder { JSONTreeDecoder(.object(object), codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [JSONValue]
        let codingPath: [any CodingKey]
        var currentIndex = 0

        init(items: [JSONValue], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        mutating func next() throws -> JSONTreeDecoder {
            let key = AnyKey(intValue: currentIndex)
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath + [key], debugDescription: "the list ended"))
            }
            defer { currentIndex += 1 }
            return JSONTreeDecoder(items[currentIndex], codingPath: codingPath + [key])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, items[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().unbox(type) }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try next().unbox(type) }
        mutating func decode(_ type: String.Type) throws -> String { try next().unbox(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try next().unbox(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try next().unbox(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try next().unbox(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().unbox(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
        mutating func superDecoder() throws -> any Decoder { try next() }
    }

    struct Single: SingleValueDecodingContainer {
        let decoder: JSONTreeDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }

        func decodeNil() -> Bool { decoder.value == .null }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.unbox(type) }
        func decode(_ type: Bool.Type) throws -> Bool { try decoder.unbox(type) }
        func decode(_ type: String.Type) throws -> String { try decoder.unbox(type) }
        func decode(_ type: Double.Type) throws -> Double { try decoder.unbox(type) }
        func decode(_ type: Float.Type) throws -> Float { try decoder.unbox(type) }
        func decode(_ type: Int.Type) throws -> Int { try decoder.unbox(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decoder.unbox(type) }
    }
}
