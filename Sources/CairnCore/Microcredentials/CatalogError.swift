/// Why a public catalog address leads nowhere: drafts, pilots and other organizations' things are not public.
public enum CatalogError: Error, Equatable, Sendable {
    /// No organization with that slug.
    case organizationNotFound
    /// No microcredential with that slug in the organization, or none of its versions is published.
    case microcredentialNotFound
    /// No published or retired version with that number.
    case versionNotFound
    /// The version's design has no such image or file, or its blob is missing.
    case fileNotFound
}

extension CatalogError: DomainError {
    public var kind: DomainErrorKind { .notFound }

    /// What a visitor reads.
    public var message: String { "The address may be mistyped, or the page may have moved or been removed." }
}
