import CairnCore
import CairnHTML
import Foundation

/// The assessor's queue: the submissions they may review, oldest first, with how long each has
/// waited; the ones they hold link to their review, the others can be claimed.
struct ReviewQueuePage: HTML {
    struct Row: Sendable {
        let entry: QueueEntry
        let title: String
        /// Whether the viewer holds the claim.
        let isMine: Bool
    }

    let context: PageContext
    let rows: [Row]
    /// How long a claim holds, for the lead sentence.
    let claimDuration: TimeInterval

    /// "less than an hour", "5 hours", "3 days".
    static func age(_ seconds: TimeInterval) -> String {
        let hours = Int(seconds / 3600)
        if hours < 1 { return "less than an hour" }
        if hours < 48 { return Wording.count(hours, "hour") }
        return Wording.count(hours / 24, "day")
    }

    /// The most waiting submissions listed: the oldest are the ones to claim, and a district's
    /// queue can hold thousands. The viewer's own claims are always listed.
    static let shownWaiting = 50

    /// The viewer's claims, then the submissions that have waited longest, in queue order.
    var shownRows: [Row] {
        var others = 0
        return rows.filter { row in
            if row.isMine { return true }
            others += 1
            return others <= Self.shownWaiting
        }
    }

    var body: some HTML {
        Layout(title: "Review queue", context: context,
               lead: "Submissions waiting for review, oldest first. Claiming one holds it for you for \(Self.age(claimDuration)).") {
            let waiting = rows.count { !$0.isMine }
            if waiting > Self.shownWaiting {
                p(.class("hint")) { "\(waiting) submissions are waiting: here are the \(Self.shownWaiting) that have waited longest." }
            }
            DataTable(id: "review-queue", caption: "Submissions to review", columns: [
                .init("Microcredential", rowHeader: true) { row in row.title },
                .init("Educator") { row in row.entry.educatorName ?? "hidden" },
                .init("Attempt") { row in String(row.entry.attempt) },
                .init("Waiting for") { row in Self.age(row.entry.age) },
                .init("Action", hideHeader: true) { row in action(row) },
            ], rows: shownRows, emptyMessage: "No submissions are waiting for you.")
            p { "Some decided submissions are also scored a second time, blind: see " ; a(.href(ReviewEndpoints.secondScoring.path())) { "second scoring" }; "." }
        }
    }

    func action(_ row: Row) -> some HTML {
        let id = row.entry.submissionID
        return div(.class("queue-actions")) {
            if row.isMine {
                a(.class("button button--primary queue-continue"), .href(ReviewEndpoints.show.path(id))) { "Continue review" }
                PostForm(action: ReviewEndpoints.release.path(id), csrfToken: context.csrfToken, class: "inline-form") {
                    SubmitButton("Release", style: .quiet)
                }
            } else {
                PostForm(action: ReviewEndpoints.claim.path(id), csrfToken: context.csrfToken, class: "inline-form queue-claim") {
                    SubmitButton("Claim", style: .secondary)
                }
            }
        }
    }
}
