import CairnCore

extension PathwayState: DatabaseValueConvertible {}

/// Reading the pathway tables' rows into CairnCore values.
extension Row {
    /// A pathway's row, with the groups read apart.
    func pathway(groups: [PathwayGroup]) throws -> Pathway {
        Pathway(id: try get("id"), organizationID: try get("organization_id"), slug: try get("slug"), title: try get("title"),
                summary: try get("summary"), isOrdered: try get("is_ordered"), groups: groups, state: try get("state"),
                createdAt: try get("created_at"), createdBy: try get("created_by"), publishedAt: try get("published_at"),
                retiredAt: try get("retired_at"))
    }

    /// A group's row, without its components.
    func pathwayGroup() throws -> PathwayGroup {
        let kind: String = try get("rule")
        guard let rule = PathwayRule(kind: kind, count: try get("required_count")) else {
            throw DatabaseError(.typeMismatch, "pathway_groups.rule cannot be read: \(kind)")
        }
        return PathwayGroup(title: try get("title"), rule: rule, components: [])
    }

    /// A component's row: the microcredential and its version pin.
    func pathwayComponent() throws -> PathwayComponent {
        let from: Int? = try get("from_version"), only: String? = try get("only_versions")
        var pin: VersionPin?
        if let from { pin = .from(from) }
        if let only {
            let numbers = only.split(separator: ",").compactMap { Int($0) }
            guard !numbers.isEmpty else { throw DatabaseError(.typeMismatch, "pathway_components.only_versions cannot be read") }
            pin = .only(Set(numbers))
        }
        return PathwayComponent(try get("microcredential_id"), versions: pin)
    }
}
