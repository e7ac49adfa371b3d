import Foundation

/// The rule that slows password guessing without letting anyone lock a teacher out.
///
/// - **Per account and address pair**: after a few failures of one email from one address, each
///   further attempt from that pair waits, the wait doubling with every failure (up to a cap).
///   Another address is not affected, so an attacker elsewhere never blocks the owner.
/// - **Per address**, counting failures only: an address with many recent failures (password
///   spraying) is slowed, but only for emails that have not signed in from it before, so a school
///   behind one NAT address keeps signing in.
/// - **Per account** across addresses: a distributed attack on one email slows attempts from
///   addresses that email never signed in from, with a short cap; the owner at a known address is
///   never slowed by it, and a password reset (or an invitation) works whatever happens here.
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

    /// One counter: failures inside `window` beyond `freeFailures` make the next attempt wait
    /// `firstDelay`, doubled for every further failure, never more than `maximumDelay`, counted
    /// from the latest failure.
    public struct Limit: Sendable, Equatable {
        public var window: TimeInterval
        public var freeFailures: Int
        public var firstDelay: TimeInterval
        public var maximumDelay: TimeInterval

        public init(window: TimeInterval, freeFailures: Int, firstDelay: TimeInterval = 1, maximumDelay: TimeInterval) {
            self.window = window
            self.freeFailures = freeFailures
            self.firstDelay = firstDelay
            self.maximumDelay = maximumDelay
        }

        /// The moment the next attempt is allowed, or nil when it is allowed now.
        func allowedFrom(_ failures: [Date], at now: Date) -> Date? {
            let recent = failures.filter { $0 > now.addingTimeInterval(-window) && $0 <= now }
            guard recent.count >= freeFailures, let latest = recent.max() else { return nil }
            let doublings = min(recent.count - freeFailures, 60)
            let delay = min(maximumDelay, firstDelay * pow(2, Double(doublings)))
            let until = latest.addingTimeInterval(delay)
            return until > now ? until : nil
        }
    }

    public let pair: Limit
    public let address: Limit
    public let account: Limit
    /// How long a successful sign-in makes its address known for that email.
    public let knownAddressLifetime: TimeInterval

    public init(pair: Limit = Limit(window: 24 * 3600, freeFailures: 3, maximumDelay: 15 * 60),
                address: Limit = Limit(window: 15 * 60, freeFailures: 30, maximumDelay: 15 * 60),
                account: Limit = Limit(window: 15 * 60, freeFailures: 10, maximumDelay: 2 * 60),
                knownAddressLifetime: TimeInterval = 30 * 24 * 3600) {
        self.pair = pair
        self.address = address
        self.account = account
        self.knownAddressLifetime = knownAddressLifetime
    }

    /// The earliest failure time any counter still looks at.
    public func windowStart(at now: Date) -> Date { now.addingTimeInterval(-max(pair.window, address.window, account.window)) }

    /// Decides one attempt from the failure times of the pair, of the address (any email) and of
    /// the account (any address), and whether this email signed in from this address before.
    public func decide(pairFailures: [Date], addressFailures: [Date], accountFailures: [Date], knownAddress: Bool,
                       at now: Date) -> Decision {
        var waits = [pair.allowedFrom(pairFailures, at: now)]
        if !knownAddress {
            waits.append(address.allowedFrom(addressFailures, at: now))
            waits.append(account.allowedFrom(accountFailures, at: now))
        }
        return waits.compactMap { $0 }.max().map(Decision.retryAfter) ?? .allowed
    }
}
