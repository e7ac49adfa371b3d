import Foundation

/// A titled link among a design's resources.
public struct ResourceLink: Codable, Hashable, Sendable {
    public var title: String
    /// An http or https URL; the checker refuses any other scheme.
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }

    /// Whether the URL starts with `http://` or `https://` (any case) and has something after it.
    public var isWebURL: Bool {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            return lower.count > scheme.count && !lower.contains(where: \.isWhitespace)
        }
        return false
    }
}
