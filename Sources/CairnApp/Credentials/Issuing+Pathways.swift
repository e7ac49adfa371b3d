import CairnCore
import CairnCredentials
import CairnStore
import Foundation

extension Issuing {
    /// Issues the credential of every published pathway that `award` completes, in the caller's
    /// transaction (the one recording the award).
    ///
    /// A pathway is completed by the award when the educator's progress along it is complete with the
    /// award and was not without it, and they hold no credential for it yet: a pathway finished before
    /// it was published issues nothing, and no pathway is credited twice.
    ///
    /// - Returns: the pathway credentials issued, by pathway title (usually none or one).
    /// - Throws: what `sign` throws; the caller's transaction then rolls back.
    @discardableResult
    func issuePathways(completedBy award: Award, at now: Date, in tx: any Connection) throws -> [IssuedCredential] {
        let organizationID = award.organizationID
        let entries = try store.pathways.catalog(containing: award.microcredentialID, organization: organizationID, in: tx)
        guard !entries.isEmpty else { return [] }
        let awards = try store.pathways.progressAwards(of: award.educatorID, in: organizationID, among: nil, in: tx)
        let held = try store.credentials.pathwayCredentials(of: award.educatorID, in: organizationID, in: tx)
        var issued: [IssuedCredential] = []
        for entry in entries where held[entry.pathway.id] == nil {
            let progress = PathwayProgress(pathway: entry.pathway, awards: awards)
            guard progress.isComplete,
                  !PathwayProgress(pathway: entry.pathway, awards: awards.filter { $0.awardID != award.id }).isComplete else { continue }
            issued.append(try issue(entry, progress: progress, for: award.educatorID, at: now, in: tx))
        }
        return issued
    }

    /// Signs and stores the credential of a pathway `progress` shows complete.
    func issue(_ entry: PathwayCatalogEntry, progress: PathwayProgress, for educatorID: Person.ID, at now: Date,
               in tx: any Connection) throws -> IssuedCredential {
        try sign(for: educatorID, in: entry.pathway.organizationID, at: now, in: tx) { envelope, document in
            let parts = PathwayCredentialDocument.Parts(envelope: envelope, entry: entry, progress: progress)
            return IssuedCredential(
                id: envelope.credentialID, organizationID: entry.pathway.organizationID, educatorID: educatorID, awardID: nil,
                microcredentialID: nil, pathwayID: entry.pathway.id, name: entry.pathway.title, statusIndex: envelope.statusIndex,
                document: try document(PathwayCredentialDocument.json(parts)), issuedAt: now, validUntil: nil)
        }
    }
}
