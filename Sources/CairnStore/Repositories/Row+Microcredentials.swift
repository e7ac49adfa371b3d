import CairnCore

extension LifecycleState: DatabaseValueConvertible {}
extension PilotParticipant.Role: DatabaseValueConvertible {}

/// Reading the microcredential tables' rows into CairnCore values; a column prefix allows joins.
extension Row {
    func microcredential(prefix p: String = "") throws -> Microcredential {
        Microcredential(id: try get(p + "id"), organizationID: try get(p + "organization_id"), slug: try get(p + "slug"),
                        createdAt: try get(p + "created_at"), createdBy: try get(p + "created_by"))
    }

    /// A version from `MicrocredentialRepository.versionColumns`; `tx` reads the design of a version
    /// that has left draft when this process has not decoded it yet.
    func microcredentialVersion(in tx: any Connection) throws -> MicrocredentialVersion {
        let id: MicrocredentialVersion.ID = try get("id")
        let state: LifecycleState = try get("state")
        return MicrocredentialVersion(
            id: id, microcredentialID: try get("microcredential_id"), number: try get("number"),
            state: state, design: try design(of: id, frozen: state != .draft, in: tx), changeNote: try get("change_note"),
            createdAt: try get("created_at"), pilotStartedAt: try get("pilot_started_at"), publishedAt: try get("published_at"),
            retiredAt: try get("retired_at"))
    }

    /// The version's design, decoded once (`DecodedDesigns`): a draft's from the row's JSON, a
    /// frozen one's from the cache, or from its JSON read on its own the first time.
    private func design(of id: MicrocredentialVersion.ID, frozen: Bool, in tx: any Connection) throws -> Design {
        if frozen, let known = DecodedDesigns.shared.frozenDesign(of: id.rawValue) { return known }
        let json: String
        if let inRow = try get("design_json", as: String?.self) {
            json = inRow
        } else if let read = try tx.queryOne("SELECT design_json FROM microcredential_versions WHERE id = \(id)") {
            json = try read.get("design_json")
        } else {
            throw DatabaseError.notFound("microcredential version")
        }
        do {
            return try DecodedDesigns.shared.design(of: id.rawValue, Array(json.utf8), frozen: frozen) {
                (bytes: [UInt8]) throws(DesignFileError) -> Design in try DesignFile.decodeDesign(bytes)
            }
        } catch {
            throw DatabaseError(.typeMismatch, "microcredential_versions.design_json cannot be read: \(error.message)")
        }
    }

    func pilotParticipant() throws -> PilotParticipant {
        PilotParticipant(versionID: try get("version_id"), personID: try get("person_id"), role: try get("role"), joinedAt: try get("joined_at"))
    }
}
