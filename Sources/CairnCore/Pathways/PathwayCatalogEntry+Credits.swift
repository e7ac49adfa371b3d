/// The credit hours a pathway offers, from what the catalog shows of its components.
extension PathwayCatalogEntry {
    /// The most credit hours completing the pathway can earn: for each group, the hours of the
    /// components its rule needs, taking the components with the most hours for "N of" and "one of".
    /// A component without a published version counts no hours.
    public var creditHoursAvailable: Double {
        pathway.groups.reduce(0) { total, group in
            let hours = group.components.map { components[$0.microcredentialID]?.creditHours ?? 0 }.sorted(by: >)
            return total + hours.prefix(max(0, group.requiredCount)).reduce(0, +)
        }
    }

    /// The title the catalog shows for a component's microcredential: its latest published version's, else its address.
    public func title(of microcredentialID: Microcredential.ID) -> String {
        guard let component = components[microcredentialID] else { return "A microcredential" }
        return component.title ?? component.slug
    }
}
