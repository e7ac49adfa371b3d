import CairnCore
import CairnStore
import Foundation

/// Where an educator stands on one published pathway: its progress, what to earn next, and the
/// pathway's credential once issued.
public struct PathwayStanding: Sendable, Hashable {
    /// The pathway, with what the catalog shows of its components.
    public let entry: PathwayCatalogEntry
    public let progress: PathwayProgress
    /// The credential issued when the educator completed it.
    public let credentialID: IssuedCredential.ID?

    /// What to earn next: for an ordered pathway its next step; otherwise the first unmet component
    /// of the first group not yet satisfied; nil once complete.
    public var nextStep: PathwayComponent? {
        guard !progress.isComplete else { return nil }
        if progress.isOrdered { return progress.nextStep }
        for group in progress.groups where !group.isSatisfied {
            if let next = group.components.first(where: { !$0.isMet }) { return next.component }
        }
        return nil
    }

    /// Whether a component counts already, or is met at all.
    public var isStarted: Bool { progress.groups.contains { $0.metCount > 0 } }

    /// Pathways under way first, then those not started, then those completed; by title within each.
    static func isBefore(_ a: PathwayStanding, _ b: PathwayStanding) -> Bool {
        func rank(_ standing: PathwayStanding) -> Int { standing.progress.isComplete ? 2 : standing.isStarted ? 0 : 1 }
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.entry.pathway.title.lowercased() < b.entry.pathway.title.lowercased()
    }

    /// An educator's standing on each of these pathways, in two queries of the caller's read (their
    /// awards and their pathway credentials), under way first.
    static func standings(of educatorID: Person.ID, on entries: [PathwayCatalogEntry], in organizationID: Organization.ID,
                          store: Store, in tx: any Connection) throws -> [PathwayStanding] {
        guard !entries.isEmpty else { return [] }
        let awards = try store.pathways.progressAwards(of: educatorID, in: organizationID, among: nil, in: tx)
        let credentials = try store.credentials.pathwayCredentials(of: educatorID, in: organizationID, in: tx)
        return entries.map { entry in
            PathwayStanding(entry: entry, progress: PathwayProgress(pathway: entry.pathway, awards: awards),
                            credentialID: credentials[entry.pathway.id])
        }.sorted(by: isBefore)
    }
}
