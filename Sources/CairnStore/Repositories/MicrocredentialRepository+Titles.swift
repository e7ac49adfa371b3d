import CairnCore

extension MicrocredentialRepository {
    /// The titles of these versions of the organization's microcredentials, by version, in one query
    /// (never decoding a design).
    public func titles(of versionIDs: Set<MicrocredentialVersion.ID>, in organizationID: Organization.ID) throws
        -> [MicrocredentialVersion.ID: String] {
        guard !versionIDs.isEmpty else { return [:] }
        return try database.read { tx in
            var titles: [MicrocredentialVersion.ID: String] = [:]
            for row in try tx.query("""
                SELECT v.id, v.title FROM microcredential_versions v JOIN microcredentials m ON m.id = v.microcredential_id
                WHERE m.organization_id = \(organizationID) AND v.id IN (\(list: Array(versionIDs)))
                """) { titles[try row.get("id")] = try row.get("title") }
            return titles
        }
    }
}
