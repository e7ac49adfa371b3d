import Foundation

/// The educator's answer to one evidence requirement: text, links and files (a workspace entry).
public struct EvidenceItem: Codable, Hashable, Sendable {
    public var requirementID: String
    /// Markdown.
    public var text: String
    /// http(s) URLs only.
    public private(set) var links: [String]
    public var files: [EvidenceFile]

    /// The most files one item holds.
    public static let maximumFiles = 20

    /// - Throws: `EnrollmentError.invalidLink` for a link that is not an http(s) URL with a host.
    public init(requirementID: String, text: String = "", links: [String] = [], files: [EvidenceFile] = []) throws(EnrollmentError) {
        self.requirementID = requirementID
        self.text = text
        self.links = []
        self.files = files
        for link in links { try addLink(link) }
    }

    /// Adds a link after checking it is http(s).
    public mutating func addLink(_ link: String) throws(EnrollmentError) {
        let trimmed = link.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else { throw .invalidLink(link) }
        links.append(trimmed)
    }

    /// The words of the text, counted as runs of letters or digits (Markdown marks do not count).
    public var wordCount: Int { EvidenceItem.wordCount(text) }

    /// Whether the educator put anything in it.
    public var isEmpty: Bool {
        links.isEmpty && files.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// Counts words: maximal runs of letters, digits, apostrophes and hyphens containing a letter or digit.
    public static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for scalar in text.unicodeScalars {
            let isWordChar = isLetterOrDigit(scalar)
            if isWordChar && !inWord { count += 1 }
            if isWordChar { inWord = true } else if scalar != "'" && scalar != "’" && scalar != "-" { inWord = false }
        }
        return count
    }

    /// What `CharacterSet.alphanumerics` holds (Unicode letters, marks and numbers), without building
    /// a character set for every character: ASCII answers at once, the rest by general category.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }
}
