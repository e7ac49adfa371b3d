import Testing
@testable import CairnCore

@Suite struct AttemptPolicyTests {
    @Test(arguments: [
        ([Decision](), AttemptPolicy.NextStep.submit),
        ([.notYet], .resubmit(notYet: 1)),
        ([.notYet, .notYet], .resubmit(notYet: 2)),
        ([.notYet, .notYet, .notYet], .seeCoach(notYet: 3)),
        ([.notYet, .notYet, .notYet, .notYet], .seeCoach(notYet: 4)),
        ([.notYet, .earned], .done),
    ])
    func afterThreeNotYetTheEducatorIsPointedToACoach(_ decisions: [Decision], _ expected: AttemptPolicy.NextStep) {
        #expect(AttemptPolicy.standard.nextStep(after: decisions) == expected)
    }

    @Test func theLimitIsConfigurable() {
        let policy = AttemptPolicy(notYetBeforeCoach: 1)
        #expect(policy.nextStep(after: [.notYet]) == .seeCoach(notYet: 1))
        #expect(policy.needsCoach(notYetCount: 1))
        #expect(!AttemptPolicy.standard.needsCoach(notYetCount: 2))
        #expect(AttemptPolicy.standard.needsCoach(notYetCount: 4), "past a lowered limit still needs a coach")
        #expect(AttemptPolicy(notYetBeforeCoach: 0).notYetBeforeCoach == 1)
    }

    @Test func submissionsReceivedDefaultToADigest() {
        #expect(NotificationKind.submissionReceived.defaultPreference == .dailyDigest)
        #expect(NotificationKind.allCases.filter { $0.defaultPreference == .immediate }.count == 6)
    }
}
