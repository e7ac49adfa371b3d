import CairnCore
import CairnHTML
import Foundation

/// The assessor's queue: the submissions they may review, oldest first, with how long each has
/// waited; the ones they hold link to their review, the others can be claimed.
struct ReviewQueuePage: HTML {
    let context: PageContext
    /// The viewer's claims, the longest-waiting submissions, and how many wait.
    let queue: AssessorQueue
    /// How long a claim holds, for the lead sentence.
    let claimDuration: TimeInterval

    /// "less than an hour", "5 hours", "3 days".
    static func age(_ seconds: TimeInterval) -> String {
        let hours = Int(seconds / 3600)
        if hours < 1 { return "less than an hour" }
        if hours < 48 { return Wording.count(hours, "hour") }
        return Wording.count(hours / 24, "day")
    }

    var body: some HTML {
        let held = Set(queue.claimed.map(\.submissionID))  // the submissions the viewer holds
        Layout(title: "Review queue", context: context,
               lead: "Submissions waiting for review, oldest first. Claiming one holds it for you for \(Self.age(claimDuration)).") {
            if queue.waitingCount > queue.waiting.count {
                p(.class("hint")) { "\(queue.waitingCount) submissions are waiting: here are the \(queue.waiting.count) that have waited longest." }
            }
            // One form around the table, each button posting to its own address: the page carries
            // one CSRF field, not one form and field per row.
            PostForm(action: ReviewEndpoints.queue.path(), csrfToken: context.csrfToken, class: "queue-form") {
                DataTable(id: "review-queue", caption: "Submissions to review", columns: [
                    .init("Microcredential", rowHeader: true) { entry in entry.title },
                    .init("Educator") { entry in entry.educatorName ?? "hidden" },
                    .init("Attempt") { entry in String(entry.attempt) },
                    .init("Waiting for") { entry in Self.age(entry.age) },
                    .init("Action", hideHeader: true) { entry in action(entry, isMine: held.contains(entry.submissionID)) },
                ], rows: queue.entries, emptyMessage: "No submissions are waiting for you.")
            }
            p { "Some decided submissions are also scored a second time, blind: see " ; a(.href(ReviewEndpoints.secondScoring.path())) { "second scoring" }; "." }
        }
    }

    /// A row's buttons, which post the queue's form to the row's claim or release.
    func action(_ entry: QueueEntry, isMine: Bool) -> some HTML {
        let id = entry.submissionID
        return div(.class("queue-actions")) {
            if isMine {
                ButtonLink("Continue review", to: ReviewEndpoints.show.path(id), class: "queue-continue")
                SubmitButton("Release", style: .quiet, postingTo: ReviewEndpoints.release.path(id))
            } else {
                SubmitButton("Claim", style: .secondary, postingTo: ReviewEndpoints.claim.path(id))
            }
        }
    }
}
