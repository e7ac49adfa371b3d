import Foundation

/// The evidence as it was submitted: a value copy of the workspace, never changed afterwards.
public struct EvidenceSnapshot: Codable, Hashable, Sendable {
    /// One item per requirement the educator filled in, in the design's order.
    public let items: [EvidenceItem]

    public init(items: [EvidenceItem]) { self.items = items }

    /// Freezes a workspace in the design's requirement order (items for unknown requirements are dropped).
    public init(workspace: Workspace, design: Design) {
        items = design.requirements.compactMap { workspace.entry(for: $0.id) }.filter { !$0.isEmpty }
    }

    /// The item for a requirement.
    public func item(for requirementID: String) -> EvidenceItem? { items.first { $0.requirementID == requirementID } }

    /// Every blob referred to (contents, posters, captions), without duplicates, in order.
    public var blobHashes: [String] {
        var seen = Set<String>()
        return items.flatMap { $0.files.flatMap(\.blobHashes) }.filter { seen.insert($0).inserted }
    }
}
