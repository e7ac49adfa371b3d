import Foundation
import Testing
@testable import CairnCore

@Suite struct SessionTests {
    func started(at start: Date = .fixture) -> Session {
        Session.start(id: Session.ID(rawValue: "hash"), personID: .generate(), organizationID: .generate(),
                      csrfToken: "csrf", address: "192.0.2.1", userAgent: "Test", at: start)
    }

    @Test func aNewSessionExpiresAfterTheIdleLifetime() {
        let s = started()
        #expect(s.expiresAt == Date.fixture.plus(days: 14))
        #expect(!s.isExpired(at: Date.fixture.plus(days: 13.9)))
        #expect(s.isExpired(at: Date.fixture.plus(days: 14)))
    }

    @Test func useSlidesTheExpiry() {
        var s = started()
        s.touch(at: Date.fixture.plus(days: 10))
        #expect(s.lastSeenAt == Date.fixture.plus(days: 10))
        #expect(s.expiresAt == Date.fixture.plus(days: 24))
        #expect(!s.isExpired(at: Date.fixture.plus(days: 20)))
    }

    @Test func expiryNeverPassesTheAbsoluteLifetime() {
        var s = started()
        s.touch(at: Date.fixture.plus(days: 13))
        s.touch(at: Date.fixture.plus(days: 26))
        #expect(s.expiresAt == Date.fixture.plus(days: 30))
        #expect(s.isExpired(at: Date.fixture.plus(days: 30)))
    }

    @Test func aTouchFromThePastDoesNotMoveLastSeenBack() {
        var s = started()
        s.touch(at: Date.fixture.plus(days: 2))
        s.touch(at: Date.fixture.plus(days: 1))
        #expect(s.lastSeenAt == Date.fixture.plus(days: 2))
    }

    @Test func onlyUsesAMinuteApartNeedAWrite() {
        let s = started()
        #expect(!s.needsTouch(at: Date.fixture.plus(minutes: 0.5)))
        #expect(s.needsTouch(at: Date.fixture.plus(minutes: 1)))
        #expect(!s.needsTouch(at: Date.fixture.plus(days: 15)))
    }
}
