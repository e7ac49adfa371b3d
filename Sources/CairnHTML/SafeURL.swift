/// A URL that is safe to put in an `href`, `action` or `src`: escaping alone does not make
/// `javascript:alert(1)` harmless, so every link goes through here first.
///
/// `SafeURL(_:)` accepts Cairn's own relative links (`/admin/members`, `#main`, `?page=2`) and
/// absolute `http:`, `https:` and `mailto:` URLs. `SafeURL(userLink:)`, for links a person typed,
/// accepts only absolute `http:` and `https:` URLs.
public struct SafeURL: Sendable, Hashable, CustomStringConvertible {
    /// The URL as it will be written, before attribute escaping.
    public let value: String

    public var description: String { value }

    /// Accepts a relative link or an absolute `http:`, `https:` or `mailto:` URL; `nil` for any other scheme.
    public init?(_ url: String) {
        let cleaned = SafeURL.normalized(url)
        guard !cleaned.isEmpty else { return nil }
        if let scheme = SafeURL.scheme(of: cleaned) {
            guard ["http", "https", "mailto"].contains(scheme) else { return nil }
        }
        value = cleaned
    }

    /// Accepts only an absolute `http:` or `https:` URL with a host: the rule for links people supply.
    public init?(userLink url: String) {
        let cleaned = SafeURL.normalized(url)
        guard let scheme = SafeURL.scheme(of: cleaned), scheme == "http" || scheme == "https" else { return nil }
        let rest = cleaned.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//"), rest.count > 2 else { return nil }
        value = cleaned
    }

    /// What a browser's URL parser does first: trims C0 controls and spaces, drops tabs and newlines.
    static func normalized(_ url: String) -> String {
        // Cairn's own links hold no control character or space at all: kept as they are.
        guard url.utf8.contains(where: { $0 <= 0x20 }) else { return url }
        let scalars = url.unicodeScalars
        let isTrimmed = { (s: Unicode.Scalar) in s.value <= 0x20 }
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }),
              let end = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        var result = String.UnicodeScalarView()
        for scalar in scalars[start...end] where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            result.append(scalar)
        }
        return String(result)
    }

    /// The lowercased scheme, when the URL starts with one (`letter (letter | digit | + - .)* :`).
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isOther = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
