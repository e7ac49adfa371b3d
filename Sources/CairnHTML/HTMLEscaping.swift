/// The two escapes of HTML: text between tags, and attribute values in double quotes.
@usableFromInline enum HTMLEscaping {
    /// Escapes `&`, `<` and `>` so text can never open a tag or an entity.
    @inlinable static func appendText(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output, attribute: false)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` so a value can never leave its double-quoted attribute.
    @inlinable static func appendAttributeValue(_ value: String, to output: inout [UInt8]) {
        append(value, to: &output, attribute: true)
    }

    /// Appends the UTF-8 of `string`, each character that must be escaped replaced by its entity
    /// (all of them are ASCII, so the bytes of every other character pass through untouched).
    @inlinable static func append(_ string: String, to output: inout [UInt8], attribute: Bool) {
        var string = string
        string.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let entity: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\"") where attribute: entity = "&quot;"
                case UInt8(ascii: "'") where attribute: entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
