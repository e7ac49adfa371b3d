import CairnCore
import CairnHTML
import Foundation

/// One row of a coach's cohort: an educator on one microcredential.
public struct CohortRow: Sendable, Hashable {
    public var educatorName: String
    public var title: String
    public var status: EnrollmentStatus
    public var attempts: Int
    public var notYetCount: Int
    public var lastActivity: Date
    /// Quiet for 14 days while the next move is the educator's.
    public var isStalled: Bool

    public init(educatorName: String, title: String, status: EnrollmentStatus, attempts: Int, notYetCount: Int,
                lastActivity: Date, isStalled: Bool) {
        self.educatorName = educatorName
        self.title = title
        self.status = status
        self.attempts = attempts
        self.notYetCount = notYetCount
        self.lastActivity = lastActivity
        self.isStalled = isStalled
    }
}

/// A coach's cohort: each educator's microcredentials with status, attempts, *not yet* and last
/// activity, stalled work first; a large cohort shows its first rows and says how many there are.
struct CoachCohortSection: HTML {
    /// Stalled rows first, then by educator.
    let rows: [CohortRow]
    /// Coached educators with no enrollment yet.
    let notStarted: [String]
    /// The most rows and names shown: a school's cohort can hold thousands.
    static let shownRows = 100, shownNames = 30

    var body: some HTML {
        if rows.count > Self.shownRows {
            p(.class("hint")) {
                "Showing \(Self.shownRows) of \(rows.count) microcredentials your educators are working on, stalled work first; "
                "\(rows.count { $0.isStalled }) are stalled."
            }
        }
        DataTable(id: "coach-cohort", caption: "Your cohort's progress", columns: [
            .init("Educator", rowHeader: true) { row in row.educatorName },
            .init("Microcredential") { row in row.title },
            .init("Status") { row in MyMicrocredentialsPage.label(row.status) },
            .init("Attempts") { row in "\(row.attempts)" },
            .init("Not yet") { row in "\(row.notYetCount)" },
            .init("Last activity") { row in
                DateText(row.lastActivity)
                if row.isStalled { " "; span(.class("badge badge--stalled")) { "stalled" } }
            },
        ], rows: Array(rows.prefix(Self.shownRows)), emptyMessage: "None of the educators you coach has started a microcredential yet.")
        if !notStarted.isEmpty {
            let more = notStarted.count - Self.shownNames
            p { "Not started yet: \(notStarted.prefix(Self.shownNames).joined(separator: ", "))" + (more > 0 ? ", and \(more) more." : ".") }
        }
    }
}
