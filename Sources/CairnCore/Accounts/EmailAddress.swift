import Foundation

/// A validated email address, trimmed and lowercased so that one address has one form.
///
/// Deliberately simpler than RFC 5322: a dot-atom local part and a domain of at least two
/// labels; quoted local parts and IP-literal domains are refused.
public struct EmailAddress: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let rawValue: String

    public init(_ text: String) throws(EmailAddressError) {
        let address = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !address.isEmpty else { throw .empty }
        guard address.utf8.count <= 254 else { throw .tooLong }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw parts.count < 2 ? .missingAt : .invalidLocalPart }
        let local = parts[0], domain = parts[1]
        guard Self.isValidLocalPart(local) else { throw .invalidLocalPart }
        guard Self.isValidDomain(domain) else { throw .invalidDomain }
        rawValue = address
    }

    /// An address as Cairn stored it, validated when it was written: reading a list of thousands of
    /// members does not check each again.
    package init(stored: String) { rawValue = stored }

    public var description: String { rawValue }
    public var domain: Substring { rawValue[rawValue.index(after: rawValue.firstIndex(of: "@")!)...] }

    public static func < (lhs: EmailAddress, rhs: EmailAddress) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try EmailAddress(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    private static let localCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-/=?^_`{|}~.")
    private static let labelCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-")

    private static func isValidLocalPart(_ local: Substring) -> Bool {
        guard (1...64).contains(local.utf8.count), local.allSatisfy(localCharacters.contains) else { return false }
        return !local.hasPrefix(".") && !local.hasSuffix(".") && !local.contains("..")
    }

    private static func isValidDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.allSatisfy(labelCharacters.contains)
                && !label.hasPrefix("-") && !label.hasSuffix("-")
        } && !labels.last!.allSatisfy(\.isNumber)
    }
}

