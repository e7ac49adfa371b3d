import Foundation

/// An evidence item the educator chose to show with their credential if earned ("Show with my
/// credential"); evidence is private unless chosen, item by item.
public struct PublicEvidenceChoice: Hashable, Sendable {
    public let requirementID: String
    public let chosenAt: Date
    /// When the educator withdrew it from public view after the credential named it.
    public let withdrawnAt: Date?

    public init(requirementID: String, chosenAt: Date, withdrawnAt: Date? = nil) {
        (self.requirementID, self.chosenAt, self.withdrawnAt) = (requirementID, chosenAt, withdrawnAt)
    }
}
