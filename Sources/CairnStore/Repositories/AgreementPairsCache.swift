import CairnCore
import Synchronization

/// The agreement pairs of each organization as last decoded, with the stamp of the second scores
/// they came from (how many, and the latest): a new second score changes the stamp.
final class AgreementPairsCache: Sendable {
    static let shared = AgreementPairsCache()

    private struct Entry {
        let stamp: String
        let pairs: [(Microcredential.ID, [Agreement.Pair])]
    }

    private let entries = Mutex<[Organization.ID: Entry]>([:])

    /// The pairs kept for the organization while its stamp is unchanged.
    func pairs(of organizationID: Organization.ID, stamp: String) -> [(Microcredential.ID, [Agreement.Pair])]? {
        entries.withLock { $0[organizationID] }.flatMap { $0.stamp == stamp ? $0.pairs : nil }
    }

    func keep(_ pairs: [(Microcredential.ID, [Agreement.Pair])], of organizationID: Organization.ID, stamp: String) {
        entries.withLock { $0[organizationID] = Entry(stamp: stamp, pairs: pairs) }
    }
}
