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
}
