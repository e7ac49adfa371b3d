import Foundation
import Synchronization
import Testing
import CairnCore
@testable import CairnStore

@Suite struct OrganizationRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func organizationsAreFoundByIdAndSlug(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            #expect(try store.organizations.fetch(f.riverbend.id) == f.riverbend)
            #expect(try store.organizations.find(slug: "lakeside") == f.lakeside)
            #expect(try store.organizations.fetch(slug: "nowhere") == nil)
            #expect(throws: DatabaseError.notFound("organization")) { try store.organizations.find(.generate()) }
            #expect(try store.organizations.all() == [f.lakeside, f.riverbend])
            try store.organizations.rename(f.lakeside.id, to: "Lakeside Academy East")
            #expect(try store.organizations.find(f.lakeside.id).name == "Lakeside Academy East")
            let taken = Organization(name: "Copy", slug: "riverbend", createdAt: .fixture)
            #expect(try #require(throws: DatabaseError.self) { try store.organizations.create(taken) }.kind == .uniqueViolation)
        }
    }

    @Test(arguments: TestDatabase.available)
    func schoolsBelongToOneOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let north = School(organizationID: f.riverbend.id, name: "North Elementary")
            let south = School(organizationID: f.riverbend.id, name: "South Middle")
            let lake = School(organizationID: f.lakeside.id, name: "North Elementary")
            for school in [south, north, lake] { try store.organizations.addSchool(school) }
            #expect(try store.organizations.schools(of: f.riverbend.id) == [north, south])
            #expect(try store.organizations.fetchSchool(north.id, in: f.riverbend.id) == north)
            #expect(try store.organizations.fetchSchool(named: "north elementary", in: f.lakeside.id) == lake)
            // Cross-organization: another organization's school is not found.
            #expect(try store.organizations.fetchSchool(lake.id, in: f.riverbend.id) == nil)
            #expect(throws: DatabaseError.self) { try store.organizations.findSchool(lake.id, in: f.riverbend.id) }
            let twin = School(organizationID: f.riverbend.id, name: "North Elementary")
            #expect(try #require(throws: DatabaseError.self) { try store.organizations.addSchool(twin) }.kind == .uniqueViolation)
        }
    }
}

@Suite struct MemberRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func peopleAreFoundByIdAndEmailWithTheirPasswordHash(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            #expect(try store.members.findPerson(f.ana.id) == f.ana)
            #expect(try store.members.fetchPerson(email: try EmailAddress("ANA@riverbend.example")) == f.ana)
            #expect(try store.members.fetchCredentials(email: f.ana.email) == PersonCredentials(person: f.ana, passwordHash: "hash-a"))
            #expect(try store.members.fetchCredentials(email: f.ben.email)?.passwordHash == nil)
            try store.members.setPasswordHash("hash-b", for: f.ben.id)
            #expect(try store.members.fetchCredentials(email: f.ben.email)?.passwordHash == "hash-b")
            #expect(try store.members.fetchCredentials(email: try EmailAddress("nobody@x.org")) == nil)
            #expect(throws: DatabaseError.notFound("person")) { try store.members.setPasswordHash("h", for: .generate()) }
            try store.write { try store.members.setDisplayName("Ana L.", for: f.ana.id, in: $0) }
            #expect(try store.members.findPerson(f.ana.id).displayName == "Ana L.")
        }
    }

    @Test(arguments: TestDatabase.available)
    func membersAreLookedUpWithinTheirOrganizationOnly(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            let (ana, ben) = try f.insert(into: store)
            let member = try store.members.findMember(person: f.ana.id, organization: f.riverbend.id)
            #expect(member.person == f.ana && member.membership == ana && member.organization == f.riverbend)
            #expect(member.has(.admin))
            #expect(try store.members.fetchMember(ana.id, in: f.riverbend.id) == member)
            // Cross-organization: nothing of Lakeside is visible through Riverbend, and the reverse.
            #expect(try store.members.fetchMember(person: f.ana.id, organization: f.lakeside.id) == nil)
            #expect(try store.members.fetchMember(ben.id, in: f.riverbend.id) == nil)
            #expect(throws: DatabaseError.notFound("member")) { try store.members.findMember(ben.id, in: f.riverbend.id) }
            #expect(try store.members.members(of: f.riverbend.id).map(\.person) == [f.ana])
            #expect(throws: DatabaseError.notFound("membership")) { try store.members.deactivate(ben.id, in: f.riverbend.id) }
            #expect(throws: DatabaseError.notFound("membership")) { try store.members.setRoles([.admin], of: ben.id, in: f.riverbend.id) }
            #expect(try store.members.findMember(ben.id, in: f.lakeside.id).roles == [.educator])
        }
    }

    @Test(arguments: TestDatabase.available)
    func aPersonCanBelongToSeveralOrganizations(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            let (ana, _) = try f.insert(into: store)
            let school = School(organizationID: f.lakeside.id, name: "Lakeside Upper")
            try store.organizations.addSchool(school)
            let second = Membership(organizationID: f.lakeside.id, personID: f.ana.id, roles: [.coach, .assessor], schoolID: school.id,
                                    createdAt: .fixture)
            try store.members.addMembership(second)
            #expect(try store.members.memberships(of: f.ana.id).map(\.membership) == [second, ana])
            #expect(try store.members.members(of: f.lakeside.id).map(\.person.displayName) == ["Ana Lopez", "Ben Okafor"])
            let again = Membership(organizationID: f.lakeside.id, personID: f.ana.id, roles: [.coach], createdAt: .fixture)
            #expect(try #require(throws: DatabaseError.self) { try store.members.addMembership(again) }.kind == .uniqueViolation)
        }
    }

    @Test(arguments: TestDatabase.available)
    func rolesAndStatusChangeByTheDomainRules(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            let (ana, _) = try f.insert(into: store)
            try store.members.setRoles([.designer, .assessor], of: ana.id, in: f.riverbend.id)
            #expect(try store.members.findMember(ana.id, in: f.riverbend.id).roles == [.designer, .assessor])
            #expect(throws: MembershipError.noRoles) { try store.members.setRoles([], of: ana.id, in: f.riverbend.id) }
            try store.members.deactivate(ana.id, in: f.riverbend.id)
            #expect(try store.members.findMember(ana.id, in: f.riverbend.id).membership.status == .deactivated)
            #expect(throws: MembershipError.alreadyDeactivated(ana.id)) { try store.members.deactivate(ana.id, in: f.riverbend.id) }
            try store.members.reactivate(ana.id, in: f.riverbend.id)
            #expect(try store.members.findMember(ana.id, in: f.riverbend.id).isActive)
            #expect(throws: MembershipError.alreadyActive(ana.id)) { try store.members.reactivate(ana.id, in: f.riverbend.id) }
        }
    }
}

@Suite struct SessionRepositoryTests {
    func session(_ f: Fixture, id: String = "sessionhash", at start: Date = .fixture) -> Session {
        Session.start(id: Session.ID(rawValue: id), personID: f.ana.id, organizationID: f.riverbend.id, csrfToken: "csrf-1",
                      address: "192.0.2.7", userAgent: "Firefox ✓", at: start)
    }

    @Test(arguments: TestDatabase.available)
    func sessionsAreFetchedUntilTheyExpire(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let s = session(f)
            try store.sessions.create(s)
            #expect(try store.sessions.fetch(s.id, at: Date.fixture.plus(days: 1)) == s)
            #expect(try store.sessions.fetch(s.id, at: Date.fixture.plus(days: 14)) == nil)
            #expect(try store.sessions.fetch(Session.ID(rawValue: "other"), at: .fixture) == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func touchingSlidesTheStoredExpiry(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let s = session(f)
            try store.sessions.create(s)
            let touched = try store.sessions.touch(s, at: Date.fixture.plus(days: 10))
            #expect(touched.expiresAt == Date.fixture.plus(days: 24))
            #expect(try store.sessions.fetch(s.id, at: Date.fixture.plus(days: 20)) == touched)
            try store.sessions.switchOrganization(s.id, to: f.lakeside.id)
            #expect(try store.sessions.fetch(s.id, at: Date.fixture.plus(days: 20))?.organizationID == f.lakeside.id)
        }
    }

    @Test(arguments: TestDatabase.available)
    func sessionsEndOneByOneAllAtOnceOrWhenExpired(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let a = session(f, id: "a"), b = session(f, id: "b"), c = session(f, id: "c", at: Date.fixture.plus(days: 10))
            let other = Session.start(id: Session.ID(rawValue: "ben"), personID: f.ben.id, organizationID: f.lakeside.id,
                                      csrfToken: "x", address: "", userAgent: "", at: .fixture)
            for s in [a, b, c, other] { try store.sessions.create(s) }
            try store.sessions.delete(a.id)
            #expect(try store.sessions.fetch(a.id, at: .fixture) == nil)
            #expect(try store.sessions.purgeExpired(at: Date.fixture.plus(days: 15)) == 2)  // b and Ben's
            #expect(try store.sessions.fetch(c.id, at: Date.fixture.plus(days: 15)) == c)
            #expect(try store.sessions.deleteAll(for: f.ana.id) == 1)
            #expect(try store.sessions.fetch(c.id, at: Date.fixture.plus(days: 15)) == nil)
        }
    }
}
