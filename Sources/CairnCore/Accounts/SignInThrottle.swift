import Foundation

/// The rule that slows password guessing: too many recent failures for one account, or from one
/// address, refuse further attempts until the oldest counted failure leaves the window.
public struct SignInThrottle: Sendable, Equatable {
    /// What the rule allows now.
    public enum Decision: Equatable, Sendable {
        case allowed
        /// Refused until this moment.
        case retryAfter(Date)

        /// Whole seconds to wait from `now` (at least 1), for a `Retry-After` header.
        public func seconds(from now: Date) -> Int? {
            guard case .retryAfter(let until) = self else { return nil }
            return max(1, Int(until.timeIntervalSince(now).rounded(.up)))
        }
    }

    public let window: TimeInterval
    public let accountLimit: Int
    public let addressLimit: Int

    public init(window: TimeInterval = 15 * 60, accountLimit: Int = 5, addressLimit: Int = 30) {
        self.window = window
        self.accountLimit = accountLimit
        self.addressLimit = addressLimit
    }

    /// The earliest failure time that still counts at `now`.
    public func windowStart(at now: Date) -> Date { now.addingTimeInterval(-window) }

    /// Decides from the failure times of the account and of the address (any order; old ones are ignored).
    public func decide(accountFailures: [Date], addressFailures: [Date], at now: Date) -> Decision {
        let until = [lockedUntil(accountFailures, limit: accountLimit, at: now),
                     lockedUntil(addressFailures, limit: addressLimit, at: now)].compactMap { $0 }.max()
        return until.map(Decision.retryAfter) ?? .allowed
    }

    private func lockedUntil(_ failures: [Date], limit: Int, at now: Date) -> Date? {
        let start = windowStart(at: now)
        let recent = failures.filter { $0 > start && $0 <= now }.sorted()
        guard recent.count >= limit else { return nil }
        // Allowed again once fewer than `limit` failures remain inside the window.
        return recent[recent.count - limit].addingTimeInterval(window)
    }
}
