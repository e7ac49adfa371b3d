@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Managing members: only an admin may, the last-admin rule holds, and each page loads in a fixed
/// number of queries whatever the organization's size.
@Suite struct MembersTests {
    /// Adds `count` educators (with a school, some deactivated) and as many invitations to Riverbend.
    static func grow(_ world: RiverbendWorld, by count: Int) throws {
        let store = world.store
        let school = try #require(try store.organizations.schools(of: world.riverbend.id).first)
        let admin = try world.member("admin@riverbend.example")
        for index in 0..<count {
            let person = Person(email: try EmailAddress("grown\(index)@riverbend.example"), displayName: "Grown \(index)", createdAt: Date())
            try store.members.createPerson(person)
            try store.members.addMembership(Membership(organizationID: world.riverbend.id, personID: person.id, roles: [.educator, .assessor],
                                                       schoolID: index % 2 == 0 ? school.id : nil, createdAt: Date()))
            let invited = try NewMember.check(email: "invited\(index)@riverbend.example", name: "Invited \(index)", roleNames: ["coach"]).get()
            try Invitations(installation: world.installation).invite(invited, school: school.id, to: world.riverbend, by: .init(admin))
        }
    }


    @Test func onlyAnActiveAdminManagesMembersSchoolsAndAssessors() throws {
        try RiverbendWorld.with { world in
            let members = Members(installation: world.installation)
            for email in ["educator@riverbend.example", "assessor@riverbend.example", "coach@riverbend.example", "designer@riverbend.example"] {
                let someone = try world.member(email)
                #expect(throws: MemberAdministrationError.notAnAdmin) { try members.listPage(search: "", page: 1, by: someone) }
                #expect(throws: MemberAdministrationError.notAnAdmin) { try members.schoolsPage(by: someone) }
                #expect(throws: MemberAdministrationError.notAnAdmin) { try members.assessorsPage(by: someone) }
                #expect(throws: MemberAdministrationError.notAnAdmin) { try members.addSchool(named: "Hill School", by: someone) }
                #expect(throws: MemberAdministrationError.notAnAdmin) {
                    try members.invite(.init(email: "x@riverbend.example", name: "X", roleNames: ["educator"], school: ""), by: someone)
                }
                #expect(throws: MemberAdministrationError.notAnAdmin) { try members.deactivate(someone.id, by: someone) }
            }
            #expect(try world.store.organizations.fetchSchool(named: "Hill School", in: world.riverbend.id) == nil)
            #expect(try world.store.members.fetchPerson(email: EmailAddress("x@riverbend.example")) == nil)
        }
    }

    @Test func anotherOrganizationsMemberIsNotFound() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let stranger = try #require(try world.store.members.members(of: lakeside.id).first)
            let members = Members(installation: world.installation)
            #expect(throws: MemberAdministrationError.notInOrganization) { try members.memberPage(stranger.id, by: admin) }
            #expect(throws: MemberAdministrationError.notInOrganization) { try members.deactivate(stranger.id, by: admin) }
            #expect(throws: MemberAdministrationError.notInOrganization) { try members.changeRoles(of: stranger.id, to: ["educator"], by: admin) }
            #expect(try world.store.members.findMember(stranger.id, in: lakeside.id).isActive)
        }
    }

    @Test func theLastAdminKeepsTheRoleAndNothingIsSaved() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let members = Members(installation: world.installation)
            #expect(throws: MemberAdministrationError.lastAdmin) { try members.changeRoles(of: admin.id, to: ["educator"], by: admin) }
            #expect(throws: MemberAdministrationError.cannotDeactivateYourself) { try members.deactivate(admin.id, by: admin) }
            #expect(throws: NewMemberProblem.noRoles) { try members.changeRoles(of: admin.id, to: [], by: admin) }
            #expect(throws: NewMemberProblem.unknownRole("root")) { try members.changeRoles(of: admin.id, to: ["root"], by: admin) }
            #expect(try world.member("admin@riverbend.example").roles == [.admin])

            let educator = try world.member("educator@riverbend.example")
            try members.changeRoles(of: educator.id, to: ["educator", "coach"], by: admin)
            #expect(Set(try world.member("educator@riverbend.example").roles) == [.educator, .coach])
            try members.deactivate(educator.id, by: admin)
            #expect(try world.member("educator@riverbend.example").isActive == false)
            try members.reactivate(educator.id, by: admin)
            #expect(throws: MemberAdministrationError.alreadyActive) { try members.reactivate(educator.id, by: admin) }
        }
    }

    @Test func theMembersPageTakesTheSameQueriesForFewAndManyMembers() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let members = Members(installation: world.installation)
            let few = try world.statementsRun { _ = try members.listPage(search: "", page: 1, by: admin) }
            let fewSearched = try world.statementsRun { _ = try members.listPage(search: "grown", page: 1, by: admin) }
            try Self.grow(world, by: 60)
            var page: Members.ListPage?
            let many = try world.statementsRun { page = try members.listPage(search: "", page: 1, by: admin) }
            let manySearched = try world.statementsRun { _ = try members.listPage(search: "grown", page: 1, by: admin) }
            let second = try world.statementsRun { _ = try members.listPage(search: "", page: 2, by: admin) }
            // Three reads, each BEGIN … COMMIT: the size and the page; the schools; the invitations (not after the first page).
            #expect(few == many && fewSearched == manySearched && many == 10 && second == 7)
            #expect(page?.members.count == Members.pageSize && (page?.invitations.count ?? 0) >= 60)
            #expect((page?.total ?? 0) > 60)
        }
    }

    @Test func theSchoolsAndAssessorsPagesTakeTheSameQueriesForFewAndManyMembers() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let members = Members(installation: world.installation)
            let schoolsBefore = try members.schoolsPage(by: admin)
            let fewSchools = try world.statementsRun { _ = try members.schoolsPage(by: admin) }
            let fewAssessors = try world.statementsRun { _ = try members.assessorsPage(by: admin) }
            try Self.grow(world, by: 40)
            var schools: [Members.SchoolRow] = []
            var assessors: Members.AssessorsPage?
            let manySchools = try world.statementsRun { schools = try members.schoolsPage(by: admin) }
            let manyAssessors = try world.statementsRun { assessors = try members.assessorsPage(by: admin) }
            #expect(fewSchools == manySchools && manySchools == 3)  // one query, counted in the database
            #expect(fewAssessors == manyAssessors && manyAssessors == 9)  // members, assignments, microcredentials
            let countedBefore: Int = schoolsBefore.map(\.activeMembers).reduce(0, +)
            let counted: Int = schools.map(\.activeMembers).reduce(0, +)
            #expect(counted == countedBefore + 20)
            let assessorCount = assessors?.assessors.count ?? 0
            #expect(assessorCount > 40)
        }
    }

    @Test func anAssessorIsGivenOnlyTheOrganizationsMicrocredentials() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let assessor = try world.member("assessor@riverbend.example")
            let members = Members(installation: world.installation)
            let id = world.version.microcredentialID.rawValue
            #expect(throws: MemberAdministrationError.unknownMicrocredential) {
                try members.assign(assessor.id, all: false, microcredentials: [id, "not-a-microcredential"], by: admin)
            }
            #expect(try world.store.submissions.assignments(in: world.riverbend.id)[assessor.person.id]?.contains(id) == true)
            try members.assign(assessor.id, all: true, microcredentials: [], by: admin)
            #expect(try members.assessorsPage(by: admin).assignments[assessor.person.id] == [Members.everyMicrocredential])
            let educator = try world.member("educator@riverbend.example")
            #expect(throws: MemberAdministrationError.notInOrganization) { try members.assign(educator.id, all: true, microcredentials: [], by: admin) }
        }
    }

    @Test func aSchoolNeedsAFreeNameOfAtMost160Characters() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            let members = Members(installation: world.installation)
            let existing = try #require(try world.store.organizations.schools(of: world.riverbend.id).first)
            #expect(throws: SchoolNameError.empty) { try members.addSchool(named: "  ", by: admin) }
            #expect(throws: SchoolNameError.tooLong(maximum: 160)) { try members.addSchool(named: String(repeating: "a", count: 161), by: admin) }
            #expect(throws: SchoolNameError.taken(existing.name.uppercased())) { try members.addSchool(named: existing.name.uppercased(), by: admin) }
            let count = try world.store.organizations.schools(of: world.riverbend.id).count
            let added = try members.addSchool(named: "  Hill School ", by: admin)
            #expect(added.name == "Hill School")
            #expect(try world.store.organizations.schools(of: world.riverbend.id).count == count + 1)
        }
    }
}
