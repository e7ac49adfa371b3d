/// The JSON-LD 1.1 keywords and the tests on strings the algorithms make again and again.
enum Keyword {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    ]

    /// The keywords by their length in bytes: telling a keyword compares a few short strings instead of hashing one.
    private static let byLength: [[String]] = {
        var groups = [[String]](repeating: [], count: all.map(\.utf8.count).max()! + 1)
        for keyword in all { groups[keyword.utf8.count].append(keyword) }
        return groups
    }()

    static func isKeyword(_ s: String) -> Bool {
        let bytes = s.utf8
        guard bytes.first == UInt8(ascii: "@"), bytes.count < byLength.count else { return false }
        return byLength[bytes.count].contains(s)
    }

    /// True for "@" followed by letters only: reserved for future keywords, ignored with a warning.
    static func hasKeywordForm(_ s: String) -> Bool {
        let bytes = s.utf8
        guard bytes.first == UInt8(ascii: "@"), bytes.count > 1 else { return false }
        return bytes.dropFirst().allSatisfy { byte in
            let lower: UInt8 = byte | 0x20
            return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
        }
    }

    static func isBlankNode(_ s: String) -> Bool { s.hasPrefix("_:") }

    /// The characters RFC 3986 calls gen-delims; a term whose IRI ends with one can be a prefix.
    static func endsWithGenDelim(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return ":/?#[]@".contains(last)
    }
}

extension StringProtocol {
    /// True when the text holds the ASCII character (a byte search, without Foundation's string search).
    func hasByte(_ ascii: Unicode.Scalar) -> Bool { utf8.contains(UInt8(ascii: ascii)) }
}
