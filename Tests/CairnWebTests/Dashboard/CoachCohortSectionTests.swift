import CairnCore
import CairnHTML
@testable import CairnWeb
import Foundation
import Testing

/// A coach of a large school sees the work that most needs them first, and a page of rows, not thousands.
@Suite struct CoachCohortSectionTests {
    func row(_ index: Int, stalled: Bool) -> CohortRow {
        CohortRow(educatorName: String(format: "Educator %04d", index), title: "Formative assessment", status: .inProgress,
                  attempts: 0, notYetCount: 0, lastActivity: Date(timeIntervalSince1970: 1_700_000_000), isStalled: stalled)
    }

    @Test func aLargeCohortShowsItsFirstRowsAndSaysHowManyThereAre() {
        let cohort = Cohort(rows: (0..<100).map { row($0, stalled: $0 < 3) }, total: 250, stalled: 3,
                            notStarted: (0..<30).map { "Newcomer \($0)" }, notStartedTotal: 40)
        let html = CoachCohortSection(cohort: cohort).render()
        #expect(html.contains("Showing 100 of 250 microcredentials your educators are working on, stalled work first; 3 are stalled."))
        #expect(html.contains("Educator 0099") && !html.contains("Educator 0100"))
        #expect(html.contains("Newcomer 29, and 10 more.") && !html.contains("Newcomer 30"))
    }

    @Test func aSmallCohortShowsEveryRowWithoutACount() {
        let cohort = Cohort(rows: (0..<5).map { row($0, stalled: false) }, total: 5, notStarted: ["Luis Ortega"], notStartedTotal: 1)
        let html = CoachCohortSection(cohort: cohort).render()
        #expect(!html.contains("Showing"))
        #expect(html.contains("Educator 0004"))
        #expect(html.contains("Not started yet: Luis Ortega."))
    }
}
