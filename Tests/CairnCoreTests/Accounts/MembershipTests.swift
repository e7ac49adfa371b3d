import Foundation
import Testing
@testable import CairnCore

@Suite struct MembershipTests {
    let organization = Organization(name: "Riverbend", slug: "riverbend", createdAt: .fixture)
    let person = Person(email: .fixture(), displayName: "Ana", createdAt: .fixture)

    func membership(_ roles: Set<Role> = [.educator], status: Membership.Status = .active) -> Membership {
        Membership(organizationID: organization.id, personID: person.id, roles: roles, status: status, createdAt: .fixture)
    }

    @Test func deactivatingTwiceIsRefused() throws {
        var m = membership()
        try m.deactivate()
        #expect(m.status == .deactivated)
        #expect(throws: MembershipError.alreadyDeactivated(m.id)) { try m.deactivate() }
    }

    @Test func reactivatingAnActiveMembershipIsRefused() throws {
        var m = membership(status: .deactivated)
        try m.reactivate()
        #expect(m.isActive)
        #expect(throws: MembershipError.alreadyActive(m.id)) { try m.reactivate() }
    }

    @Test func aMembershipKeepsAtLeastOneRole() throws {
        var m = membership()
        #expect(throws: MembershipError.noRoles) { try m.assign([]) }
        try m.assign([.admin, .coach])
        #expect(m.roles == [.admin, .coach])
    }

    @Test func aDeactivatedMemberHoldsNoRole() throws {
        var m = membership([.admin])
        #expect(Member(person: person, membership: m, organization: organization).has(.admin))
        #expect(!Member(person: person, membership: m, organization: organization).has(.designer))
        try m.deactivate()
        #expect(!Member(person: person, membership: m, organization: organization).has(.admin))
    }

    @Test(arguments: [("riverbend", true), ("lakeside-academy", true), ("a", false), ("-lead", false),
                      ("trail-", false), ("Upper", false), ("has space", false), ("ünï", false)])
    func slugsAreValidated(_ slug: String, _ valid: Bool) { #expect(Organization.isValidSlug(slug) == valid) }

    @Test func aCoachCoversTheEducatorsOfTheirSchoolOrTheWholeOrganization() {
        let north = School.ID.generate(), south = School.ID.generate()
        func member(_ roles: Set<Role>, _ school: School.ID?, status: Membership.Status = .active) -> Membership {
            Membership(organizationID: organization.id, personID: .generate(), roles: roles, schoolID: school, status: status, createdAt: .fixture)
        }
        let northCoach = member([.coach], north), districtCoach = member([.coach], nil)
        let northTeacher = member([.educator], north), southTeacher = member([.educator], south)
        #expect(northCoach.coaches(northTeacher))
        #expect(!northCoach.coaches(southTeacher))
        #expect(districtCoach.coaches(southTeacher))
        #expect(!member([.assessor], nil).coaches(northTeacher), "only coaches coach")
        #expect(!member([.coach], north, status: .deactivated).coaches(northTeacher))
        #expect(!districtCoach.coaches(member([.educator], north, status: .deactivated)))
        let elsewhere = Membership(organizationID: .generate(), personID: .generate(), roles: [.educator], createdAt: .fixture)
        #expect(!districtCoach.coaches(elsewhere), "never across organizations")
    }
}
