import CairnCore
import CairnStore

/// A microcredential to choose among (an assessor's assignments, the review policy's names setting),
/// by its title (its slug until it has one).
public struct MicrocredentialChoice: Sendable, Hashable {
    public let id: Microcredential.ID
    public let title: String

    /// The organization's microcredentials, by title, in one query.
    static func all(in organizationID: Organization.ID, store: Store) throws -> [MicrocredentialChoice] {
        try store.microcredentials.studio(organization: organizationID)
            .map { MicrocredentialChoice(id: $0.microcredential.id,
                                         title: $0.latest.design.title.isEmpty ? $0.microcredential.slug : $0.latest.design.title) }
            .sorted { $0.title < $1.title }
    }
}
