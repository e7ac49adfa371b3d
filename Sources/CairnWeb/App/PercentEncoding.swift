/// Percent-encoding for the values Cairn puts in its own links.
enum PercentEncoding {
    /// Percent-encodes everything but RFC 3986's unreserved characters, so a value stays one
    /// path segment or one query value.
    static func encode(_ value: String) -> String {
        // Ids, slugs and numbers, nearly every value of a link, need nothing: returned as they are.
        guard value.utf8.contains(where: { !isUnreserved($0) }) else { return value }
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        var result = ""
        for byte in value.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%"
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// RFC 3986's unreserved characters: letters, digits, `-`, `.`, `_` and `~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }
}
