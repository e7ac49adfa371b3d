import CairnCore
import CairnHTML
@testable import CairnWeb
import Foundation
import Testing

/// A long review queue lists the submissions that have waited longest, and always the viewer's own claims.
@Suite struct ReviewQueuePageTests {
    func row(_ index: Int, mine: Bool) -> ReviewQueuePage.Row {
        let entry = QueueEntry(submissionID: .init(rawValue: "s\(index)"), microcredentialID: .init(rawValue: "m1"), title: "Formative assessment",
                               attempt: 1, educatorName: String(format: "Educator %03d", index), submittedAt: Date(timeIntervalSince1970: 0),
                               age: 3 * 86400, claim: nil)
        return ReviewQueuePage.Row(entry: entry, title: entry.title, isMine: mine)
    }

    @Test func aLongQueueShowsTheOldestFiftyAndEveryClaimOfTheViewer() {
        let rows = (0..<70).map { row($0, mine: $0 >= 68) }
        let html = ReviewQueuePage(context: Fixtures.context(roles: [.assessor]), rows: rows, claimDuration: 48 * 3600).render()
        #expect(html.contains("68 submissions are waiting: here are the 50 that have waited longest."))
        #expect(html.contains("Educator 049") && !html.contains("Educator 050"))
        #expect(html.contains("Educator 068") && html.contains("Educator 069"), "the viewer's claims are listed")
        #expect(html.components(separatedBy: "Continue review").count - 1 == 2)
    }

    @Test func aShortQueueListsEverythingWithoutAHint() {
        let html = ReviewQueuePage(context: Fixtures.context(roles: [.assessor]), rows: (0..<3).map { row($0, mine: false) },
                                   claimDuration: 48 * 3600).render()
        #expect(!html.contains("are waiting: here are"))
        #expect(html.contains("Educator 002"))
    }
}
