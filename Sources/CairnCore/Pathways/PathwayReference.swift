/// A pathway named in a link: what a microcredential's page shows of the pathways it belongs to.
public struct PathwayReference: Hashable, Sendable, Identifiable {
    public let id: Pathway.ID
    public let slug: String
    public let title: String

    public init(id: Pathway.ID, slug: String, title: String) {
        self.id = id
        self.slug = slug
        self.title = title
    }
}
