/// A published pathway as the catalog lists it, with what it shows of each component.
public struct PathwayCatalogEntry: Hashable, Sendable {
    /// What the catalog shows of one component's microcredential: its latest published version.
    public struct Component: Hashable, Sendable {
        public let microcredentialID: Microcredential.ID
        public let slug: String
        /// The latest published version's title and number; nil when nothing is published now (retired since).
        public let title: String?
        public let versionNumber: Int?
        public let creditHours: Double?

        public init(microcredentialID: Microcredential.ID, slug: String, title: String?, versionNumber: Int?, creditHours: Double?) {
            self.microcredentialID = microcredentialID
            self.slug = slug
            self.title = title
            self.versionNumber = versionNumber
            self.creditHours = creditHours
        }
    }

    public let pathway: Pathway
    /// One per component, keyed by microcredential.
    public let components: [Microcredential.ID: Component]

    public init(pathway: Pathway, components: [Microcredential.ID: Component]) {
        self.pathway = pathway
        self.components = components
    }
}
