import Foundation

/// A microcredential's lasting identity; its content lives in versions.
public struct Microcredential: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Microcredential>
    public let id: ID
    public let organizationID: Organization.ID
    /// The URL name, unique in the organization; follows `Organization.isValidSlug`.
    public var slug: String
    public let createdAt: Date
    public let createdBy: Person.ID

    public init(id: ID = .generate(), organizationID: Organization.ID, slug: String, createdAt: Date, createdBy: Person.ID) {
        self.id = id
        self.organizationID = organizationID
        self.slug = slug
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// Whether a slug is acceptable for a microcredential (the rules of organization slugs).
    public static func isValidSlug(_ slug: String) -> Bool { Organization.isValidSlug(slug) }

    /// A slug made from a title: lowercase ASCII letters and digits, words joined by hyphens, at most
    /// 63 characters ("Academic Discourse: Talk Moves" → "academic-discourse-talk-moves").
    ///
    /// Accents are dropped ("Éducation" → "education"); a title with no usable character gives
    /// "microcredential". The caller still checks that the slug is free in the organization.
    public static func suggestedSlug(for title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = [], current = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 63 { break }
            slug = next
        }
        if slug.isEmpty, let first = words.first { slug = String(first.prefix(63)) }
        return slug.count >= 2 ? slug : "microcredential"
    }
}
