import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// The members list a page at a time, searched by name or email, in small and district-sized
/// organizations (which take a different query plan), and a school's members.
@Suite struct MemberListTests {
    /// Adds `count` members to a new organization, named so that name order is known; returns it.
    func organization(_ slug: String, members count: Int, in store: Store, school: School.ID? = nil) throws -> Organization {
        let organization = Organization(name: slug, slug: slug, createdAt: .fixture)
        try store.load { loader in
            try loader.add(organization)
            for index in 0..<count {
                let person = Person(email: try EmailAddress("p\(index)@\(slug).example"),
                                    displayName: String(format: "Member %05d", count - index), createdAt: .fixture)
                try loader.add(person, passwordHash: nil)
                try loader.add(Membership(organizationID: organization.id, personID: person.id, roles: [.educator], schoolID: nil,
                                          createdAt: .fixture))
            }
        }
        return organization
    }

    @Test(arguments: TestDatabase.available)
    func pagesFollowNameOrderWhateverTheOrganizationsSize(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            for size in [120, 2_100] {
                let organization = try organization("org\(size)", members: size, in: store)
                let first = try store.members.members(of: organization.id, matching: "", offset: 0, limit: 50)
                #expect(first.total == size)
                #expect(first.members.map(\.person.displayName) == (1...50).map { String(format: "Member %05d", $0) })
                let last = try store.members.members(of: organization.id, matching: "  ", offset: size - 10, limit: 50)
                #expect(last.members.map(\.person.displayName) == ((size - 9)...size).map { String(format: "Member %05d", $0) })
                #expect(last.members.allSatisfy { $0.organization.id == organization.id })
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func theKeptMemberCountFollowsEveryMembershipAndIgnoresARefusedOne(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let organization = try organization("counted", members: 3, in: store)
            let person = Person(email: try EmailAddress("late@counted.example"), displayName: "Late Joiner", createdAt: .fixture)
            try store.write { try store.members.createPerson(person, in: $0) }
            let membership = Membership(organizationID: organization.id, personID: person.id, roles: [.educator], createdAt: .fixture)
            try store.members.addMembership(membership)
            #expect(throws: DatabaseError.self, "a second membership of the same person") {
                try store.members.addMembership(Membership(organizationID: organization.id, personID: person.id, roles: [.coach],
                                                           createdAt: .fixture))
            }
            let counted: Int = try store.database.read {
                try $0.queryOne("SELECT COUNT(*) AS n FROM memberships WHERE organization_id = \(organization.id)")?.get("n") ?? -1
            }
            #expect(counted == 4)
            #expect(try store.members.members(of: organization.id, matching: "", offset: 0, limit: 10).total == 4)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSearchFindsANameAsItIsNowInAnyCaseAndKeepsQuotesLiteral(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let organization = try organization("renamed", members: 2_100, in: store)
            let first = try #require(try store.members.members(of: organization.id, matching: "member 00007", offset: 0, limit: 5).members.first)
            try store.write { try store.members.setDisplayName("Zoë \"Quoted\" Ørsted", for: first.person.id, in: $0) }
            #expect(try store.members.members(of: organization.id, matching: "member 00007", offset: 0, limit: 5).members.isEmpty,
                    "the old name is no longer found")
            for text in ["ØRSTED", "zoë", "\"quoted\"", "p2093@renamed"] {
                let found = try store.members.members(of: organization.id, matching: text, offset: 0, limit: 5).members
                #expect(found.map(\.person.id) == [first.person.id], "\(text)")
            }
            #expect(try store.members.members(of: organization.id, matching: "\" OR \"", offset: 0, limit: 5).members.isEmpty,
                    "search syntax is taken as text")
            #expect(try store.members.members(of: organization.id, matching: "zo", offset: 0, limit: 5).members.contains { $0.person.id == first.person.id },
                    "two letters are looked for without the index")
            let common = try store.members.members(of: organization.id, matching: "MEMBER", offset: 0, limit: 3).members
            #expect(common.map(\.person.displayName) == ["Member 00001", "Member 00002", "Member 00003"],
                    "over a thousand people hold it: the first page in name order all the same")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSearchMatchesNamesAndEmailsInAnyCaseAndTakesWildcardsLiterally(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let organization = try organization("riverbend", members: 30, in: store)
            let other = try self.organization("lakeside", members: 5, in: store)
            let named = try store.members.members(of: organization.id, matching: "MEMBER 0001", offset: 0, limit: 50)
            #expect(named.members.map(\.person.displayName) == (10...19).map { String(format: "Member %05d", $0) })
            #expect(named.total == nil, "a search is not counted")
            let byEmail = try store.members.members(of: organization.id, matching: "p29@river", offset: 0, limit: 50)
            #expect(byEmail.members.map(\.person.email.rawValue) == ["p29@riverbend.example"])
            #expect(try store.members.members(of: organization.id, matching: "%", offset: 0, limit: 50).members.isEmpty)
            #expect(try store.members.members(of: organization.id, matching: "_", offset: 0, limit: 50).members.isEmpty)
            #expect(try store.members.members(of: organization.id, matching: "lakeside", offset: 0, limit: 50).members.isEmpty,
                    "another organization's members are never found")
            #expect(try store.members.members(of: other.id, matching: "lakeside", offset: 0, limit: 50).members.count == 5)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSchoolsMembersAreThoseOfThatSchoolOnly(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let north = School(organizationID: f.riverbend.id, name: "North Elementary")
            try store.organizations.addSchool(north)
            let ana = Person(email: try EmailAddress("ana@north.example"), displayName: "Ana", createdAt: .fixture)
            try store.members.createPerson(ana)
            try store.members.addMembership(Membership(organizationID: f.riverbend.id, personID: ana.id, roles: [.educator],
                                                       schoolID: north.id, createdAt: .fixture))
            #expect(try store.members.members(of: f.riverbend.id, inSchool: north.id).map(\.person.id) == [ana.id])
            #expect(try store.members.members(of: f.lakeside.id, inSchool: north.id).isEmpty)
        }
    }
}
