/// The educator's drafts for one enrollment: at most one entry per requirement.
public struct Workspace: Hashable, Sendable {
    public private(set) var entries: [EvidenceItem]

    public init(entries: [EvidenceItem] = []) {
        self.entries = []
        for entry in entries { save(entry) }
    }

    /// The entry for a requirement.
    public func entry(for requirementID: String) -> EvidenceItem? { entries.first { $0.requirementID == requirementID } }

    /// Replaces (or adds) the entry for its requirement.
    public mutating func save(_ entry: EvidenceItem) {
        if let index = entries.firstIndex(where: { $0.requirementID == entry.requirementID }) { entries[index] = entry } else { entries.append(entry) }
    }
}
