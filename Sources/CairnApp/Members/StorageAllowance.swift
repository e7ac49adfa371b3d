import CairnCore
import CairnStore

/// Whether a person has room for a file: their evidence and the uploads no evidence took yet,
/// against the installation's `StorageQuota`. Asked before an upload starts and before a file
/// posted whole joins the evidence.
public struct StorageAllowance {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// - Throws: `StorageQuotaError` when `bytes` more would take the person past their quota.
    public func checkRoom(for bytes: Int64, person: Person.ID, organization: Organization.ID) throws {
        let usage = try installation.store.uploads.storageUsage(person: person, organization: organization)
        try installation.configuration.storageQuota.check(adding: bytes, to: usage)
    }
}
