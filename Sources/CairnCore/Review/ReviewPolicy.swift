import Foundation

/// An organization's review settings: attempts before a coach, how long a claim holds, the share scored twice.
public struct ReviewPolicy: Hashable, Sendable {
    public var attempts: AttemptPolicy
    /// Seconds.
    public var claimDuration: TimeInterval
    public var secondScoring: SecondScoring

    public init(attempts: AttemptPolicy = .standard, claimDuration: TimeInterval = Claim.defaultDuration,
                secondScoring: SecondScoring = SecondScoring(share: 0)) {
        self.attempts = attempts
        self.claimDuration = max(60, claimDuration)
        self.secondScoring = secondScoring
    }

    /// Three *not yet* before a coach, 48-hour claims, no double scoring.
    public static let standard = ReviewPolicy()
}
