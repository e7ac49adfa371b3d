/// One microcredential in a pathway, with the versions of it that count.
public struct PathwayComponent: Hashable, Sendable {
    public var microcredentialID: Microcredential.ID
    /// The versions whose award counts; nil: an award of any version counts.
    public var versions: VersionPin?

    public init(_ microcredentialID: Microcredential.ID, versions: VersionPin? = nil) {
        self.microcredentialID = microcredentialID
        self.versions = versions
    }

    /// Whether an award of this microcredential at this version number counts.
    public func counts(_ award: PathwayAward) -> Bool {
        award.microcredentialID == microcredentialID && (versions?.admits(award.versionNumber) ?? true)
    }
}
