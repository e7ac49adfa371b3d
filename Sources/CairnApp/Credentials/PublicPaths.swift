/// The public URLs a signed credential names, written once here: the web declares its endpoints
/// with these patterns, and issuing fills them (a credential outlives any page, so these never change).
public enum PublicPaths {
    /// An organization's public area, by its slug.
    public static let organization = "/o/:org"
    /// A microcredential inside its organization's area, by its slug.
    public static let microcredential = "/microcredentials/:slug"
    /// A published version inside its microcredential, by its number: the achievement's id.
    public static let version = "/versions/:number"
    /// A pathway inside its organization's area, by its slug: its page, and its achievement's id.
    public static let pathway = "/pathways/:slug"
    /// The organization's DID document (did:web), inside its area.
    public static let didDocument = "/did.json"
    /// One of the organization's revocation lists (a Bitstring Status List credential), inside its area, by its number.
    public static let statusList = "/status/revocation/:list"
    /// A credential's own page (and its JSON), by its unguessable id.
    public static let credential = "/credentials/:credential"
    /// One item of a credential's public evidence, inside the credential's address, by its number (from 1).
    public static let evidence = "/evidence/:number"

    /// The path of a microcredential version's page (its Achievement by content negotiation).
    public static func versionPath(organization slug: String, microcredential: String, number: Int) -> String {
        fill(Self.organization + Self.microcredential + Self.version, [slug, microcredential, String(number)])
    }

    /// The path of a pathway's page (the id of the achievement its credential carries).
    public static func pathwayPath(organization slug: String, pathway: String) -> String {
        fill(Self.organization + Self.pathway, [slug, pathway])
    }

    /// The path of an organization's catalog area (the issuer's home in Cairn).
    public static func organizationPath(_ slug: String) -> String { fill(organization, [slug]) }

    /// The path of an organization's DID document.
    public static func didDocumentPath(organization slug: String) -> String { organizationPath(slug) + didDocument }

    /// The path of one of an organization's revocation lists.
    public static func statusListPath(organization slug: String, list: Int) -> String {
        organizationPath(slug) + fill(statusList, [String(list)])
    }

    /// The path of a credential's page.
    public static func credentialPath(_ id: String) -> String { fill(credential, [id]) }

    /// The path of one public evidence item, relative to its credential's address.
    public static func evidencePath(_ number: Int) -> String { fill(evidence, [String(number)]) }

    /// The pattern with each `:name` segment replaced, in order, by a value (values are slugs, numbers
    /// and ids: nothing in them needs escaping).
    static func fill(_ pattern: String, _ values: [String]) -> String {
        var next = values.makeIterator()
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix(":") ? (next.next() ?? "") : String(segment)
        }.joined(separator: "/")
    }
}
