import Foundation
import Testing
@testable import CairnCore

@Suite struct SignInThrottleTests {
    let throttle = SignInThrottle()
    let now = Date.fixture

    /// `count` failures, the newest `latestSecondsAgo` seconds ago, one every `stepSeconds` before it.
    func failures(_ count: Int, latestSecondsAgo latest: Double = 0, stepSeconds step: Double = 1) -> [Date] {
        (0..<count).map { now.addingTimeInterval(-latest - Double($0) * step) }
    }

    func pair(_ failures: [Date], known: Bool = false) -> SignInThrottle.Decision {
        throttle.decide(pairFailures: failures, addressFailures: failures, accountFailures: failures, knownAddress: known, at: now)
    }

    @Test func threeFailuresOfAPairAreFree() {
        #expect(pair(failures(2)) == .allowed)
        #expect(pair(failures(3)) == .retryAfter(now.addingTimeInterval(1)), "the first wait is one second")
    }

    @Test func everyFurtherFailureDoublesTheWait() {
        for (count, delay) in [(3, 1.0), (4, 2), (5, 4), (8, 32), (12, 512)] {
            #expect(pair(failures(count)) == .retryAfter(now.addingTimeInterval(delay)), "\(count) failures")
        }
    }

    @Test func theWaitIsCappedAndCountsFromTheLatestFailure() {
        #expect(pair(failures(40)) == .retryAfter(now.addingTimeInterval(15 * 60)))
        #expect(pair(failures(40, latestSecondsAgo: 60)) == .retryAfter(now.addingTimeInterval(14 * 60)))
        #expect(pair(failures(5, latestSecondsAgo: 5)) == .allowed, "a 4-second wait is over after 5 seconds")
    }

    @Test func aPairForgetsFailuresOlderThanADay() {
        #expect(pair(failures(20, latestSecondsAgo: 24 * 3600 + 1)) == .allowed)
    }

    @Test func anotherAddressIsNotSlowedByAPairsFailures() {
        let attacker = failures(12)
        // The owner at an address they signed in from before: only their own pair counts.
        #expect(throttle.decide(pairFailures: [], addressFailures: [], accountFailures: attacker, knownAddress: true, at: now) == .allowed)
    }

    @Test func aDistributedAttackOnOneAccountSlowsUnknownAddressesBriefly() {
        let spread = failures(9)
        #expect(throttle.decide(pairFailures: [], addressFailures: [], accountFailures: spread, knownAddress: false, at: now) == .allowed)
        let many = failures(30)
        #expect(throttle.decide(pairFailures: [], addressFailures: [], accountFailures: many, knownAddress: false, at: now)
                == .retryAfter(now.addingTimeInterval(2 * 60)), "capped at two minutes: slowed, never locked out")
        #expect(throttle.decide(pairFailures: [], addressFailures: [], accountFailures: many, knownAddress: true, at: now) == .allowed)
    }

    @Test func anAddressSprayingManyAccountsIsSlowedOnlyForEmailsNewToIt() {
        let spray = failures(31, stepSeconds: 10)
        #expect(throttle.decide(pairFailures: [], addressFailures: spray, accountFailures: [], knownAddress: false, at: now)
                == .retryAfter(now.addingTimeInterval(2)))
        #expect(throttle.decide(pairFailures: [], addressFailures: spray, accountFailures: [], knownAddress: true, at: now) == .allowed,
                "a colleague behind the same school address signs in as usual")
        #expect(throttle.decide(pairFailures: [], addressFailures: failures(29), accountFailures: [], knownAddress: false, at: now) == .allowed)
    }

    @Test func allowedHasNoRetrySeconds() {
        #expect(SignInThrottle.Decision.allowed.seconds(from: now) == nil)
        #expect(SignInThrottle.Decision.retryAfter(now.addingTimeInterval(0.2)).seconds(from: now) == 1)
    }
}
