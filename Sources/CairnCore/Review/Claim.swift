import Foundation

/// An assessor holding a submission for review until a moment; an expired claim frees it.
public struct Claim: Hashable, Sendable {
    /// 48 hours.
    public static let defaultDuration: TimeInterval = 48 * 3600

    public let assessorID: Person.ID
    public let claimedAt: Date
    public let expiresAt: Date

    public init(assessorID: Person.ID, claimedAt: Date, expiresAt: Date) {
        self.assessorID = assessorID
        self.claimedAt = claimedAt
        self.expiresAt = expiresAt
    }

    public init(assessorID: Person.ID, claimedAt: Date, duration: TimeInterval = Claim.defaultDuration) {
        self.init(assessorID: assessorID, claimedAt: claimedAt, expiresAt: claimedAt.addingTimeInterval(duration))
    }

    /// Expired at and after `expiresAt`.
    public func isExpired(at now: Date) -> Bool { now >= expiresAt }
}
