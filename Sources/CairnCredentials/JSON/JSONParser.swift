/// Reads UTF-8 JSON text (RFC 8259) byte by byte into a `JSON` value.
///
/// Strict where a credential's bytes could be read two ways: no trailing commas, comments, leading zeros,
/// `NaN` or unpaired surrogates; a member named twice in one object is refused (readers disagree on which
/// value wins); numbers beyond a double's range are refused. Nesting is limited to ``maximumDepth``
/// arrays and objects, so hostile input cannot exhaust the stack. A leading UTF-8 byte order mark is skipped.
struct JSONParser {
    /// How deep arrays and objects may nest.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The one value the bytes hold, with nothing but whitespace around it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSON.SyntaxError) -> JSON {
        var parser = JSONParser(bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.position = 3 }
        parser.skipWhitespace()
        guard parser.position < bytes.count else { throw JSON.SyntaxError(reason: "the text is empty") }
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.unexpected("after the end of the JSON value") }
        return value
    }

    // MARK: Values

    private mutating func value() throws(JSON.SyntaxError) -> JSON {
        guard position < bytes.count else { throw failure("the text ends where a value should be") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw unexpected("where a value should be")
        }
    }

    private mutating func object() throws(JSON.SyntaxError) -> JSON {
        try enter()
        var members: [String: JSON] = [:]
        skipWhitespace()
        if peek == UInt8(ascii: "}") { position += 1; depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw unexpected("where a member name in quotes should be") }
            let name = try string()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw unexpected("where “:” should follow the member name") }
            position += 1
            skipWhitespace()
            let member = try value()
            guard members.updateValue(member, forKey: name) == nil else {
                throw JSON.SyntaxError(reason: "the member “\(name)” appears twice in one object (before byte \(position))")
            }
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; depth -= 1; return .object(members)
            default: throw unexpected("where “,” or “}” should be")
            }
        }
    }

    private mutating func array() throws(JSON.SyntaxError) -> JSON {
        try enter()
        var items: [JSON] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") { position += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; depth -= 1; return .array(items)
            default: throw unexpected("where “,” or “]” should be")
            }
        }
    }

    /// Steps into an array or object, refusing to go deeper than the limit.
    private mutating func enter() throws(JSON.SyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw failure("arrays and objects nest more than \(Self.maximumDepth) deep")
        }
        position += 1
    }

    private mutating func literal(_ word: StaticString) throws(JSON.SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] }) else {
            throw unexpected("where a value should be")
        }
        position += count
    }

    // MARK: Strings

    /// A string from its opening quote; text without escapes is validated and used in place.
    private mutating func string() throws(JSON.SyntaxError) -> String {
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try utf8(start..<position)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw failure("a control character (\(Self.hex(byte))) must be escaped in a string") }
            position += 1
        }
        throw failure("a string is not closed", at: start - 1)
    }

    /// The rest of a string that holds escapes, decoded into a buffer.
    private mutating func escapedString(from start: Int) throws(JSON.SyntaxError) -> String {
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw failure("a string is not valid UTF-8", at: start)
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"): buffer.append(contentsOf: try unicodeEscape().utf8)
                default:
                    position -= 1
                    throw unexpected("after “\\” in a string (escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                }
            case 0..<0x20:
                throw failure("a control character (\(Self.hex(byte))) must be escaped in a string")
            default:
                buffer.append(byte)
                position += 1
            }
        }
        throw failure("a string is not closed", at: start - 1)
    }

    /// The scalar of a `\uXXXX` escape (after its `u`), joining a surrogate pair written as two escapes.
    private mutating func unicodeEscape() throws(JSON.SyntaxError) -> Unicode.Scalar {
        let first = try hexQuad()
        switch first {
        case 0xD800...0xDBFF:
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw failure("the escape \\u\(Self.hex4(first)) begins a surrogate pair that has no second half")
            }
            position += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw failure("the escape \\u\(Self.hex4(first)) is followed by \\u\(Self.hex4(second)), not the second half of a surrogate pair")
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        case 0xDC00...0xDFFF:
            throw failure("the escape \\u\(Self.hex4(first)) is the second half of a surrogate pair without the first")
        default:
            return Unicode.Scalar(first)!
        }
    }

    /// Four hexadecimal digits.
    private mutating func hexQuad() throws(JSON.SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw failure("the text ends inside a \\u escape") }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw unexpected("where a hexadecimal digit of a \\u escape should be")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func utf8(_ range: Range<Int>) throws(JSON.SyntaxError) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        // ASCII (most keys and values) is valid UTF-8 as it stands; the validating initializer is generic
        // and looks up its types at run time, which cost more than the rest of reading the string.
        var high: UInt8 = 0
        for byte in slice { high |= byte }
        if high < 0x80 { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw failure("a string is not valid UTF-8", at: range.lowerBound)
        }
        return text
    }

    // MARK: Numbers

    /// A number as a double: the grammar of RFC 8259 checked byte by byte; up to 15 significant digits with a
    /// small exponent computed exactly (each step is one correctly rounded operation on exact values), the
    /// rest by the standard library's correctly rounded conversion.
    private mutating func number() throws(JSON.SyntaxError) -> Double {
        let start = position
        let negative = peek == UInt8(ascii: "-")
        if negative { position += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        guard let first = peekDigit else { throw unexpected("where a digit should be") }
        if first == 0 {
            position += 1
            if peekDigit != nil { throw failure("a number has a leading zero", at: start) }
        } else {
            while let digit = peekDigit {
                if digits < 19 { mantissa = mantissa * 10 + UInt64(digit) } else { exponent += 1 }
                digits += 1
                position += 1
            }
        }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard peekDigit != nil else { throw unexpected("where a digit should follow the decimal point") }
            while let digit = peekDigit {
                if mantissa == 0 && digit == 0 {
                    exponent -= 1                       // a leading zero is not a significant digit
                } else {
                    if digits < 19 { mantissa = mantissa * 10 + UInt64(digit); exponent -= 1 }
                    digits += 1
                }
                position += 1
            }
        }
        var written = 0
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            var exponentNegative = false
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { exponentNegative = peek == UInt8(ascii: "-"); position += 1 }
            guard peekDigit != nil else { throw unexpected("where a digit of the exponent should be") }
            while let digit = peekDigit {
                if written < 100_000 { written = written * 10 + Int(digit) }
                position += 1
            }
            if exponentNegative { written = -written }
        }
        exponent += written
        let value: Double
        if digits <= 15 && mantissa < (1 << 53) && (-22...22).contains(exponent) {
            value = exponent < 0 ? Double(mantissa) / Self.powersOfTen[-exponent] : Double(mantissa) * Self.powersOfTen[exponent]
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard let parsed = Double(text) else { throw failure("the number \(text) cannot be read", at: start) }
            guard parsed.isFinite else { throw failure("the number \(text) is too large for a double", at: start) }
            return parsed
        }
        return negative ? -value : value
    }

    /// 10⁰ … 10²², each exactly representable as a double.
    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { value, _ in value * 10 } }

    private var peekDigit: UInt8? {
        guard position < bytes.count else { return nil }
        let byte = bytes[position] &- UInt8(ascii: "0")
        return byte < 10 ? byte : nil
    }

    // MARK: Bytes and errors

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func failure(_ reason: String, at offset: Int? = nil) -> JSON.SyntaxError {
        JSON.SyntaxError(reason: "\(reason) (at byte \(offset ?? position))")
    }

    /// What stands at the current position, and where it is, when it is not what the grammar allows.
    private func unexpected(_ context: String) -> JSON.SyntaxError {
        guard position < bytes.count else { return failure("the text ends \(context)") }
        let byte = bytes[position]
        let shown = (0x21..<0x7F).contains(byte) ? "“\(Character(Unicode.Scalar(byte)))”" : Self.hex(byte)
        return failure("unexpected \(shown) \(context)")
    }

    private static func hex(_ byte: UInt8) -> String { "byte 0x" + NQuads.hex(UInt32(byte), width: 2) }
    private static func hex4(_ value: UInt32) -> String { NQuads.hex(value, width: 4) }
}
