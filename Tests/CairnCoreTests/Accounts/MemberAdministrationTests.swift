import CairnCore
import Foundation
import Testing

@Suite struct MemberAdministrationTests {
    let organization = Organization.ID.generate()
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func membership(_ roles: Set<Role>, status: Membership.Status = .active, in org: Organization.ID? = nil) -> Membership {
        Membership(organizationID: org ?? organization, personID: .generate(), roles: roles, status: status, createdAt: now)
    }

    @Test func theLastAdminCannotGiveUpTheAdminRole() {
        let admin = membership([.admin, .designer])
        #expect(throws: MemberAdministrationError.lastAdmin) {
            try MemberAdministration.checkRoleChange(of: admin, to: [.designer], by: admin, activeAdmins: [admin.id])
        }
    }

    @Test func anAdminMayGiveUpTheRoleWhenAnotherAdminRemains() throws {
        let admin = membership([.admin]), other = membership([.admin])
        try MemberAdministration.checkRoleChange(of: admin, to: [.educator], by: other, activeAdmins: [admin.id, other.id])
    }

    @Test func aMemberKeepsAtLeastOneRole() {
        let admin = membership([.admin]), educator = membership([.educator])
        #expect(throws: MemberAdministrationError.noRoles) {
            try MemberAdministration.checkRoleChange(of: educator, to: [], by: admin, activeAdmins: [admin.id])
        }
    }

    @Test func anAdminCannotDeactivateThemselves() {
        let admin = membership([.admin]), other = membership([.admin])
        #expect(throws: MemberAdministrationError.cannotDeactivateYourself) {
            try MemberAdministration.checkDeactivation(of: admin, by: admin, activeAdmins: [admin.id, other.id])
        }
    }

    @Test func theLastActiveAdminCannotBeDeactivated() {
        let admin = membership([.admin]), deactivatedAdmin = membership([.admin, .coach], status: .deactivated)
        let target = membership([.admin])
        // Only `target` is an active admin besides the actor being a non-admin edge case: actor is deactivated.
        #expect(throws: MemberAdministrationError.lastAdmin) {
            try MemberAdministration.checkDeactivation(of: target, by: admin, activeAdmins: [target.id])
        }
        #expect(throws: MemberAdministrationError.alreadyDeactivated) {
            try MemberAdministration.checkDeactivation(of: deactivatedAdmin, by: admin, activeAdmins: [admin.id])
        }
    }

    @Test func anotherOrganizationsMemberIsOutOfReach() {
        let admin = membership([.admin]), stranger = membership([.educator], in: .generate())
        #expect(throws: MemberAdministrationError.notInOrganization) {
            try MemberAdministration.checkDeactivation(of: stranger, by: admin, activeAdmins: [admin.id])
        }
        #expect(throws: MemberAdministrationError.notInOrganization) {
            try MemberAdministration.checkRoleChange(of: stranger, to: [.coach], by: admin, activeAdmins: [admin.id])
        }
    }
}
