import Foundation

/// An admin of the issuing organization took one public evidence item down (a parent's complaint,
/// say): the reason stays on record, the educator is told, and the item's address answers 410 Gone.
public struct PublicEvidenceTakedown: Hashable, Sendable {
    public let at: Date
    /// The admin who took it down.
    public let by: Person.ID?
    public let reason: String

    public init(at: Date, by: Person.ID?, reason: String) {
        (self.at, self.by, self.reason) = (at, by, reason)
    }
}
