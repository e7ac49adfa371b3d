import Foundation
import Testing
@testable import CairnCore

@Suite struct OneTimeTokenTests {
    func token(_ purpose: OneTimeToken.Purpose) -> OneTimeToken {
        OneTimeToken(purpose: purpose, tokenHash: "h", personID: .generate(), organizationID: nil, createdAt: .fixture)
    }

    @Test func aResetTokenLastsAnHourAndAnInvitationAWeek() {
        #expect(token(.passwordReset).expiresAt == Date.fixture.plus(hours: 1))
        #expect(token(.invitation).expiresAt == Date.fixture.plus(days: 7))
    }

    @Test func anExpiredTokenIsNotUsable() {
        let t = token(.passwordReset)
        #expect(t.isUsable(at: Date.fixture.plus(minutes: 59)))
        #expect(!t.isUsable(at: Date.fixture.plus(hours: 1)))
        #expect(throws: OneTimeTokenError.expired) { try t.checkUsable(at: Date.fixture.plus(hours: 2)) }
    }

    @Test func aTokenIsUsedOnce() throws {
        var t = token(.invitation)
        try t.use(at: Date.fixture.plus(minutes: 5))
        #expect(t.usedAt == Date.fixture.plus(minutes: 5))
        #expect(!t.isUsable(at: Date.fixture.plus(minutes: 6)))
        #expect(throws: OneTimeTokenError.alreadyUsed) { try t.use(at: Date.fixture.plus(minutes: 6)) }
    }
}
