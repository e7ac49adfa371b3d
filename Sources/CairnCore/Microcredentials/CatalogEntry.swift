/// A microcredential as the catalog lists it: its latest published version.
public struct CatalogEntry: Hashable, Sendable {
    public let microcredential: Microcredential
    public let version: MicrocredentialVersion

    public init(microcredential: Microcredential, version: MicrocredentialVersion) {
        self.microcredential = microcredential
        self.version = version
    }

    public var design: Design { version.design }
}
