@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The review policy page and its save: for an active admin only, among the organization's own
/// microcredentials, everything saved together.
@Suite struct ReviewPoliciesTests {
    @Test func anAdminSavesThePolicyAndWhichMicrocredentialsHideNames() throws {
        try RiverbendWorld.with { world in
            let policies = ReviewPolicies(installation: world.installation)
            let admin = try world.member("admin@riverbend.example")
            let before = try policies.page(by: admin)
            #expect(before.microcredentials.contains(MicrocredentialChoice(id: world.version.microcredentialID, title: "Reflective practice")))
            #expect(before.microcredentials.map(\.title) == before.microcredentials.map(\.title).sorted())

            let policy = ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 4), claimDuration: 6 * 3600, secondScoring: SecondScoring(share: 0.2))
            try policies.save(policy, hiding: [world.version.microcredentialID], by: admin)

            let after = try policies.page(by: admin)
            #expect(after.policy == policy)
            #expect(after.hiding == [world.version.microcredentialID])
            try policies.save(policy, hiding: [], by: admin)
            #expect(try policies.page(by: admin).hiding.isEmpty, "unticking shows the names again")
        }
    }

    @Test func onlyAnAdminMayAndOnlyAmongTheOrganizationsMicrocredentials() throws {
        try RiverbendWorld.with { world in
            let policies = ReviewPolicies(installation: world.installation)
            let admin = try world.member("admin@riverbend.example"), assessor = try world.member("assessor@riverbend.example")
            let saved = try policies.page(by: admin).policy
            let stricter = ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 1), claimDuration: 3600, secondScoring: SecondScoring(share: 1))
            #expect(throws: MemberAdministrationError.notAnAdmin) { try policies.page(by: assessor) }
            #expect(throws: MemberAdministrationError.notAnAdmin) { try policies.save(stricter, hiding: [], by: assessor) }
            #expect(throws: MemberAdministrationError.unknownMicrocredential) {
                try policies.save(stricter, hiding: [.generate()], by: admin)
            }
            #expect(try policies.page(by: admin).policy == saved, "nothing of a refused save is kept")
        }
    }
}
