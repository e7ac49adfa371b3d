/// A microcredential as the studio lists it: its latest version, and the latest published one's number.
public struct StudioEntry: Hashable, Sendable {
    public let microcredential: Microcredential
    /// The highest-numbered version, in whatever state.
    public let latest: MicrocredentialVersion
    /// The number of the latest published version, if any (the one the catalog shows).
    public let publishedNumber: Int?

    public init(microcredential: Microcredential, latest: MicrocredentialVersion, publishedNumber: Int?) {
        self.microcredential = microcredential
        self.latest = latest
        self.publishedNumber = publishedNumber
    }
}
