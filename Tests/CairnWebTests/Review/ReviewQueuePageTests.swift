import CairnCore
import CairnHTML
@testable import CairnWeb
import Foundation
import Testing

/// A long review queue says how many wait beside the longest-waiting ones it lists, with the viewer's claims.
@Suite struct ReviewQueuePageTests {
    func entry(_ index: Int, claimedBy holder: Person.ID? = nil) -> QueueEntry {
        QueueEntry(submissionID: .init(rawValue: "s\(index)"), microcredentialID: .init(rawValue: "m1"), title: "Formative assessment",
                   attempt: 1, educatorName: String(format: "Educator %03d", index), submittedAt: Date(timeIntervalSince1970: Double(index)),
                   age: 3 * 86400, claim: holder.map { Claim(assessorID: $0, claimedAt: Date(timeIntervalSince1970: 0),
                                                             expiresAt: Date(timeIntervalSince1970: 86400)) })
    }

    @Test func aLongQueueSaysHowManyWaitAndListsTheViewersClaims() {
        let me = Person.ID(rawValue: "assessor")
        let queue = AssessorQueue(claimed: [entry(68, claimedBy: me), entry(69, claimedBy: me)], waiting: (0..<50).map { entry($0) },
                                  waitingCount: 68)
        let html = ReviewQueuePage(context: Fixtures.context(roles: [.assessor]), queue: queue, claimDuration: 48 * 3600).render()
        #expect(html.contains("68 submissions are waiting: here are the 50 that have waited longest."))
        #expect(html.contains("Educator 049") && html.contains("Educator 068") && html.contains("Educator 069"))
        #expect(html.components(separatedBy: "Continue review").count - 1 == 2)
        #expect(html.components(separatedBy: ">Claim<").count - 1 == 50)
    }

    @Test func aShortQueueListsEverythingWithoutAHint() {
        let queue = AssessorQueue(claimed: [], waiting: (0..<3).map { entry($0) }, waitingCount: 3)
        let html = ReviewQueuePage(context: Fixtures.context(roles: [.assessor]), queue: queue, claimDuration: 48 * 3600).render()
        #expect(!html.contains("are waiting: here are"))
        #expect(html.contains("Educator 002"))
    }
}
