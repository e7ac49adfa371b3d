import Foundation

/// A district, school network or other body that designs and issues microcredentials: a tenant.
public struct Organization: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Organization>
    public let id: ID
    public var name: String
    /// The short lowercase name used in URLs, unique across the installation.
    public var slug: String
    public let createdAt: Date

    public init(id: ID = .generate(), name: String, slug: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.slug = slug
        self.createdAt = createdAt
    }

    /// Whether a slug is 2–63 characters of lowercase letters, digits and inner hyphens.
    public static func isValidSlug(_ slug: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        return (2...63).contains(slug.count) && slug.allSatisfy(allowed.contains)
            && !slug.hasPrefix("-") && !slug.hasSuffix("-")
    }
}
