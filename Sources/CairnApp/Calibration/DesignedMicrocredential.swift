import CairnCore
import CairnStore

/// A microcredential of the organization with its versions, for one of its designers: what the
/// exemplars and disagreements pages start from.
struct DesignedMicrocredential {
    let microcredential: Microcredential
    /// Oldest first; never empty.
    let versions: [MicrocredentialVersion]

    /// Loads it in two queries.
    ///
    /// - Throws: `CalibrationError.notADesigner` for a member without the designer role;
    ///   `.microcredentialNotFound` for another organization's, or one without a version.
    init(_ id: Microcredential.ID, by designer: Member, store: Store) throws {
        guard designer.has(.designer) else { throw CalibrationError.notADesigner }
        let organizationID = designer.organization.id
        guard let microcredential = try store.microcredentials.fetch(id, in: organizationID) else { throw CalibrationError.microcredentialNotFound }
        let versions = try store.microcredentials.versions(of: microcredential.id, in: organizationID).sorted { $0.number < $1.number }
        guard !versions.isEmpty else { throw CalibrationError.microcredentialNotFound }
        (self.microcredential, self.versions) = (microcredential, versions)
    }
}
