import Foundation
import Testing
@testable import CairnCore

@Suite struct StalledRuleTests {
    static let start = Date(timeIntervalSince1970: 1_740_819_600)
    static func day(_ n: Double) -> Date { start.addingTimeInterval(n * 86400) }

    @Test(arguments: [
        (EnrollmentStatus.inProgress, 13.9, nil as Double?, false),
        (.inProgress, 14, nil, true),
        (.notYet, 20, nil, true),
        (.submitted, 30, nil, false),
        (.underReview, 30, nil, false),
        (.earned, 30, nil, false),
        (.inProgress, 30, 14, false),
        (.inProgress, 30, -1, true),
    ])
    func remindsOnceAfterFourteenQuietDays(_ status: EnrollmentStatus, _ nowDay: Double, _ remindedDay: Double?, _ expected: Bool) {
        #expect(StalledRule.needsReminder(status: status, lastActivity: Self.start, lastReminder: remindedDay.map(Self.day),
                                          at: Self.day(nowDay)) == expected)
    }

    @Test func aDecisionCountsAsActivity() {
        let enrollment = Enrollment(organizationID: Earning.org, educatorID: Earning.ana,
                                    microcredentialID: .init(rawValue: "m"), versionID: .init(rawValue: "v"), startedAt: Self.start)
        let decided = Submission(organizationID: Earning.org, enrollmentID: enrollment.id, educatorID: Earning.ana,
                                 microcredentialID: enrollment.microcredentialID, versionID: enrollment.versionID, attempt: 1,
                                 snapshot: EvidenceSnapshot(items: []),
                                 submittedAt: Self.day(1), state: .decided(.notYet, by: Earning.cleo, at: Self.day(5)))
        #expect(enrollment.lastActivity(given: []) == Self.start)
        #expect(enrollment.lastActivity(given: [decided]) == Self.day(5))
    }

    @Test func aChosenPreferenceAppliesToEveryKind() {
        #expect(NotificationKind.submissionReceived.delivery(chosen: nil) == .dailyDigest)
        #expect(NotificationKind.earned.delivery(chosen: nil) == .immediate)
        #expect(NotificationKind.allCases.allSatisfy { $0.delivery(chosen: .immediate) == .immediate })
        #expect(NotificationKind.allCases.allSatisfy { $0.delivery(chosen: .dailyDigest) == .dailyDigest })
    }
}
