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

/// A coach's cohort: each educator's microcredentials with status, attempts, *not yet* and last activity.
struct CoachCohortSection: HTML {
    let rows: [CohortRow]
    /// Coached educators with no enrollment yet.
    let notStarted: [String]

    var body: some HTML {
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
        ], rows: rows, emptyMessage: "None of the educators you coach has started a microcredential yet.")
        if !notStarted.isEmpty {
            p { "Not started yet: \(notStarted.joined(separator: ", "))." }
        }
    }
}
