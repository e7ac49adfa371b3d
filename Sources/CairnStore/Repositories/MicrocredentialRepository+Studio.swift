import CairnCore
import Foundation

/// What the studio reads and writes in one go: a microcredential with all its versions, and the
/// slugs already taken when a new one is named.
extension MicrocredentialRepository {
    /// The microcredential with this id in the organization and its versions, oldest first, in one
    /// query; nil when the organization has no such microcredential (or it has no version).
    package func withVersions(_ id: Microcredential.ID, in organizationID: Organization.ID,
                              in tx: any Connection) throws -> (Microcredential, [MicrocredentialVersion])? {
        let rows = try tx.query(Self.versionSelect + """
             WHERE m.id = \(id) AND m.organization_id = \(organizationID) ORDER BY v.number
            """)
        guard let first = rows.first else { return nil }
        return (try first.microcredential(prefix: "m_"), try rows.map { try $0.microcredentialVersion() })
    }

    /// The organization's slugs that begin with `prefix` (ASCII, as slugs are): those a new slug made from it must avoid.
    package func slugs(startingWith prefix: String, in organizationID: Organization.ID, in tx: any Connection) throws -> Set<String> {
        let rows = try tx.query("""
            SELECT slug FROM microcredentials
            WHERE organization_id = \(organizationID) AND substr(slug, 1, length(\(prefix))) = \(prefix)
            """)
        return Set(try rows.map { try $0.get("slug", as: String.self) })
    }
}
