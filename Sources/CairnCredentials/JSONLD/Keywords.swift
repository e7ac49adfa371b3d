/// The JSON-LD 1.1 keywords and the tests on strings the algorithms make again and again.
enum Keyword {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    ]

    static func isKeyword(_ s: String) -> Bool { s.utf8.first == UInt8(ascii: "@") && all.contains(s) }

    /// True for "@" followed by letters only: reserved for future keywords, ignored with a warning.
    static func hasKeywordForm(_ s: String) -> Bool {
        let scalars = s.unicodeScalars
        guard scalars.count > 1, scalars.first == "@" else { return false }
        return scalars.dropFirst().allSatisfy(\.isASCIILetter)
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
