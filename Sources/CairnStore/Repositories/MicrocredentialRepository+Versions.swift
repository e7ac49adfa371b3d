import CairnCore

extension MicrocredentialRepository {
    /// These versions of the organization's microcredentials by id, in one query whatever their number.
    public func versions(_ ids: [MicrocredentialVersion.ID], in organizationID: Organization.ID) throws
        -> [MicrocredentialVersion.ID: MicrocredentialVersion] {
        guard !ids.isEmpty else { return [:] }
        return try database.read { try versions(ids, in: organizationID, in: $0) }
    }

    /// `versions(_:in:)` in the caller's transaction.
    package func versions(_ ids: [MicrocredentialVersion.ID], in organizationID: Organization.ID, in tx: any Connection) throws
        -> [MicrocredentialVersion.ID: MicrocredentialVersion] {
        guard !ids.isEmpty else { return [:] }
        do {
            let versions = try tx.query(Self.versionSelect + """
                 WHERE v.id IN (\(list: Array(Set(ids)))) AND m.organization_id = \(organizationID)
                """).map { try $0.microcredentialVersion() }
            return Dictionary(versions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The latest version of each of these microcredentials of the organization, by title (any
    /// case) then slug, in one query whatever their number; one the organization does not have is left out.
    public func latestVersions(of microcredentialIDs: Set<Microcredential.ID>, in organizationID: Organization.ID) throws
        -> [StudioEntry] {
        guard !microcredentialIDs.isEmpty else { return [] }
        return try database.read { tx in
            var latest: [Microcredential.ID: StudioEntry] = [:]
            for row in try tx.query(Self.versionSelect + """
                 WHERE m.organization_id = \(organizationID) AND m.id IN (\(list: Array(microcredentialIDs))) ORDER BY m.id, v.number
                """) {
                let version = try row.microcredentialVersion()
                let published = version.state == .published ? version.number : latest[version.microcredentialID]?.publishedNumber
                latest[version.microcredentialID] = StudioEntry(microcredential: try row.microcredential(prefix: "m_"), latest: version,
                                                                publishedNumber: published)
            }
            return latest.values.sorted {
                ($0.latest.design.title.lowercased(), $0.microcredential.slug) < ($1.latest.design.title.lowercased(), $1.microcredential.slug)
            }
        }
    }
}
