import Foundation
import Testing
@testable import CairnCore

@Suite struct InvitationRuleTests {
    func invitation(acceptedAt: Date? = nil, revokedAt: Date? = nil) -> Invitation {
        Invitation(organizationID: .generate(), personID: .generate(), displayName: "Ana", roles: [.educator], invitedBy: nil,
                   tokenHash: "hash", createdAt: .fixture, acceptedAt: acceptedAt, revokedAt: revokedAt)
    }

    @Test func anInvitationIsUsableForSevenDaysOnly() throws {
        try invitation().checkUsable(at: Date.fixture.addingTimeInterval(Invitation.lifetime - 1))
        #expect(throws: OneTimeTokenError.expired) { try invitation().checkUsable(at: Date.fixture.addingTimeInterval(Invitation.lifetime)) }
    }

    @Test func anAcceptedOrReplacedInvitationCannotBeUsed() {
        #expect(throws: OneTimeTokenError.alreadyUsed) { try invitation(acceptedAt: .fixture).checkUsable(at: .fixture) }
        #expect(throws: OneTimeTokenError.unknown) { try invitation(revokedAt: .fixture).checkUsable(at: .fixture) }
    }

    @Test func acceptingMakesTheMembershipItNames() {
        let school = School.ID.generate()
        let invited = Invitation(organizationID: .generate(), personID: .generate(), displayName: "Ana", roles: [.coach, .assessor],
                                 schoolID: school, invitedBy: nil, tokenHash: "h", createdAt: .fixture)
        let membership = invited.membership(at: .fixture)
        #expect(membership.roles == [.coach, .assessor] && membership.schoolID == school)
        #expect(membership.personID == invited.personID && membership.organizationID == invited.organizationID)
    }
}
