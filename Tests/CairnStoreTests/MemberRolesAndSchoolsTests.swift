import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// The active members holding a role, and the schools with their active members counted, on both engines.
@Suite struct MemberRolesAndSchoolsTests {
    @Test(arguments: TestDatabase.available)
    func onlyActiveMembersWithTheWholeRoleNameAreFound(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let organization = Organization(name: "Riverbend", slug: "riverbend", createdAt: .fixture)
            let other = Organization(name: "Lakeside", slug: "lakeside", createdAt: .fixture)
            try store.organizations.create(organization)
            try store.organizations.create(other)
            func add(_ name: String, _ roles: Set<Role>, in org: Organization = organization, status: Membership.Status = .active) throws {
                let person = Person(email: try EmailAddress("\(name.lowercased())@\(org.slug).example"), displayName: name, createdAt: .fixture)
                try store.members.createPerson(person)
                try store.members.addMembership(Membership(organizationID: org.id, personID: person.id, roles: roles, status: status,
                                                           createdAt: .fixture))
            }
            try add("Bea", [.assessor])
            try add("Ann", [.admin, .assessor, .educator])
            try add("Cal", [.educator])
            try add("Dee", [.assessor], status: .deactivated)
            try add("Eve", [.assessor], in: other)
            #expect(try store.members.activeMembers(of: organization.id, withRole: .assessor).map(\.person.displayName) == ["Ann", "Bea"])
            #expect(try store.members.activeMembers(of: organization.id, withRole: .coach).isEmpty)
            #expect(try store.members.activeMembers(of: other.id, withRole: .assessor).map(\.person.displayName) == ["Eve"])
        }
    }

    @Test(arguments: TestDatabase.available)
    func schoolsCountTheirActiveMembersAndAnEmptySchoolCountsNone(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let organization = Organization(name: "Riverbend", slug: "riverbend", createdAt: .fixture)
            try store.organizations.create(organization)
            let high = School(organizationID: organization.id, name: "High"), empty = School(organizationID: organization.id, name: "Annex")
            try store.organizations.addSchool(high)
            try store.organizations.addSchool(empty)
            for (index, status) in [Membership.Status.active, .active, .deactivated].enumerated() {
                let person = Person(email: try EmailAddress("p\(index)@riverbend.example"), displayName: "P\(index)", createdAt: .fixture)
                try store.members.createPerson(person)
                try store.members.addMembership(Membership(organizationID: organization.id, personID: person.id, roles: [.educator],
                                                           schoolID: high.id, status: status, createdAt: .fixture))
            }
            let rows = try store.organizations.schoolsWithActiveMembers(of: organization.id)
            #expect(rows.map(\.school.name) == ["Annex", "High"])
            #expect(rows.map(\.activeMembers) == [0, 2])
        }
    }
}
