import Foundation

/// An educator's award as pathway progress reads it: which microcredential, which version, when, and its credit hours.
public struct PathwayAward: Hashable, Sendable {
    public let awardID: Award.ID
    public let microcredentialID: Microcredential.ID
    public let versionNumber: Int
    public let decidedAt: Date
    /// The credit hours of the awarded version (a later version may carry other hours).
    public let creditHours: Double

    public init(awardID: Award.ID, microcredentialID: Microcredential.ID, versionNumber: Int, decidedAt: Date, creditHours: Double) {
        self.awardID = awardID
        self.microcredentialID = microcredentialID
        self.versionNumber = versionNumber
        self.decidedAt = decidedAt
        self.creditHours = creditHours
    }

    /// Earlier first; awards decided at the same moment by id, so the order never depends on how they were read.
    static func isEarlier(_ a: PathwayAward, _ b: PathwayAward) -> Bool {
        (a.decidedAt, a.awardID) < (b.decidedAt, b.awardID)
    }
}
