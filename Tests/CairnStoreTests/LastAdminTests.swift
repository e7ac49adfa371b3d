import CairnCore
@testable import CairnStore
import Foundation
import Synchronization
import Testing

@Suite struct LastAdminTests {
    @Test(arguments: TestDatabase.available)
    func twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            let (ana, _) = try f.insert(into: store)
            let cleo = Person(email: try EmailAddress("cleo@riverbend.example"), displayName: "Cleo Admin", createdAt: .fixture)
            try store.members.createPerson(cleo)
            let cleoMembership = Membership(organizationID: f.riverbend.id, personID: cleo.id, roles: [.admin], createdAt: .fixture)
            try store.members.addMembership(cleoMembership)

            // Each admin takes the other's admin role, at the same moment, many times over.
            let refusals = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let (target, actor) = index == 0 ? (ana, cleoMembership) : (cleoMembership, ana)
                do {
                    try store.members.changeMembership(target.id, in: f.riverbend.id) { membership, admins in
                        try MemberAdministration.checkRoleChange(of: membership, to: [.educator], by: actor, activeAdmins: admins)
                        try membership.assign([.educator])
                    }
                } catch MemberAdministrationError.lastAdmin {
                    refusals.withLock { $0 += 1 }
                } catch {
                    Issue.record("unexpected \(error)")
                }
            }
            let admins = try store.members.members(of: f.riverbend.id).filter { $0.has(.admin) }
            #expect(admins.count == 1, "one admin remains")
            #expect(refusals.withLock { $0 } == 1, "the second demotion was refused")
        }
    }
}
