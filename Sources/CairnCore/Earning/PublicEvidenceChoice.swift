import Foundation

/// An evidence item the educator chose to show with their credential if earned ("Show with my
/// credential"); evidence is private unless chosen, item by item.
public struct PublicEvidenceChoice: Hashable, Sendable {
    public let requirementID: String
    public let chosenAt: Date
    /// When the educator withdrew it from public view after the credential named it.
    public let withdrawnAt: Date?
    /// When, by whom and why an admin took it down from public view.
    public let takedown: PublicEvidenceTakedown?

    public init(requirementID: String, chosenAt: Date, withdrawnAt: Date? = nil, takedown: PublicEvidenceTakedown? = nil) {
        (self.requirementID, self.chosenAt, self.withdrawnAt, self.takedown) = (requirementID, chosenAt, withdrawnAt, takedown)
    }
}
