import CairnCore

extension LifecycleState: DatabaseValueConvertible {}
extension PilotParticipant.Role: DatabaseValueConvertible {}

/// Reading the microcredential tables' rows into CairnCore values; a column prefix allows joins.
extension Row {
    func microcredential(prefix p: String = "") throws -> Microcredential {
        Microcredential(id: try get(p + "id"), organizationID: try get(p + "organization_id"), slug: try get(p + "slug"),
                        createdAt: try get(p + "created_at"), createdBy: try get(p + "created_by"))
    }

    func microcredentialVersion(prefix p: String = "") throws -> MicrocredentialVersion {
        let id: MicrocredentialVersion.ID = try get(p + "id")
        let state: LifecycleState = try get(p + "state")
        return MicrocredentialVersion(
            id: id, microcredentialID: try get(p + "microcredential_id"), number: try get(p + "number"),
            state: state, design: try design(of: id, frozen: state != .draft, prefix: p), changeNote: try get(p + "change_note"), createdAt: try get(p + "created_at"),
            pilotStartedAt: try get(p + "pilot_started_at"), publishedAt: try get(p + "published_at"), retiredAt: try get(p + "retired_at"))
    }

    /// The version's design, decoded once (`DecodedDesigns`); a frozen one's JSON is not even read again.
    private func design(of id: MicrocredentialVersion.ID, frozen: Bool, prefix p: String) throws -> Design {
        if frozen, let known = DecodedDesigns.shared.frozenDesign(of: id.rawValue) { return known }
        let json: String = try get(p + "design_json")
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
