import Foundation
import Testing
@testable import CairnCore

@Suite struct SignInThrottleTests {
    let throttle = SignInThrottle()
    let now = Date.fixture

    func failures(_ count: Int, everyMinutes step: Double, endingMinutesAgo end: Double = 0) -> [Date] {
        (0..<count).map { now.plus(minutes: -end - Double($0) * step) }
    }

    @Test func fourFailuresAreAllowed() {
        #expect(throttle.decide(accountFailures: failures(4, everyMinutes: 1), addressFailures: [], at: now) == .allowed)
    }

    @Test func theFifthFailureLocksUntilTheOldestCountedOneLeavesTheWindow() {
        // Failures 0, 1, 2, 3, 4 minutes ago: the one 4 minutes ago leaves the window in 11 minutes.
        let decision = throttle.decide(accountFailures: failures(5, everyMinutes: 1), addressFailures: [], at: now)
        #expect(decision == .retryAfter(now.plus(minutes: 11)))
        #expect(decision.seconds(from: now) == 660)
    }

    @Test func failuresOutsideTheWindowDoNotCount() {
        let old = failures(10, everyMinutes: 1, endingMinutesAgo: 15)
        #expect(throttle.decide(accountFailures: old, addressFailures: [], at: now) == .allowed)
    }

    @Test func withMoreFailuresTheLockLastsUntilFewerThanFiveRemain() {
        // 7 failures 0…6 minutes ago: allowed again when the fifth newest (4 minutes ago) leaves the window.
        let decision = throttle.decide(accountFailures: failures(7, everyMinutes: 1).shuffled(), addressFailures: [], at: now)
        #expect(decision == .retryAfter(now.plus(minutes: 11)))
    }

    @Test func anAddressIsLockedAfterThirtyFailures() {
        #expect(throttle.decide(accountFailures: [], addressFailures: failures(29, everyMinutes: 0.25), at: now) == .allowed)
        let decision = throttle.decide(accountFailures: [], addressFailures: failures(30, everyMinutes: 0.25), at: now)
        #expect(decision == .retryAfter(now.plus(minutes: 15 - 29 * 0.25)))
    }

    @Test func theLaterOfBothLocksWins() {
        let decision = throttle.decide(accountFailures: failures(5, everyMinutes: 1),
                                       addressFailures: failures(30, everyMinutes: 0.125), at: now)
        #expect(decision == .retryAfter(now.plus(minutes: 15 - 29 * 0.125)))
    }

    @Test func allowedHasNoRetrySeconds() { #expect(SignInThrottle.Decision.allowed.seconds(from: now) == nil) }
}
