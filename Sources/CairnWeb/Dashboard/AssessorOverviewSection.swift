import CairnCore
import CairnHTML
import Foundation

extension AssessorOverview {
    /// "3 days", "5 hours", "less than an hour".
    static func age(_ seconds: TimeInterval) -> String {
        let hours = Int(seconds / 3600)
        if hours >= 48 { return "\(hours / 24) days" }
        if hours >= 1 { return hours == 1 ? "1 hour" : "\(hours) hours" }
        return "less than an hour"
    }
}

/// The assessor's next step: the submissions they hold (to finish first), then what waits in the
/// queue and for how long, then calibration per microcredential.
struct AssessorOverviewSection: HTML {
    let overview: AssessorOverview

    var body: some HTML {
        h3 { "Your claimed submissions" }
        if overview.claimed.isEmpty {
            p(.class("empty-state")) { "You hold no submission right now." }
        } else {
            ul(.class("link-list")) {
                for claim in overview.claimed {
                    li {
                        a(.href(ReviewEndpoints.show.path(claim.submissionID))) { "\(claim.title): \(claim.educatorName)" }
                        " (held until "
                        DateText(claim.expiresAt)
                        ")"
                    }
                }
            }
        }
        h3 { "The review queue" }
        dl(.class("facts")) {
            div { dt { "Waiting for review" }; dd { "\(overview.waiting)" } }
            if let age = overview.oldestAge { div { dt { "Oldest waiting" }; dd { AssessorOverview.age(age) } } }
        }
        p { a(.href(ReviewEndpoints.queue.path())) { "Open the review queue" } }
        h3 { "Calibration" }
        if overview.calibration.isEmpty {
            p(.class("empty-state")) { "You're not assigned to review a published microcredential yet." }
        } else {
            ul(.class("link-list")) {
                for item in overview.calibration {
                    li {
                        item.title
                        ": "
                        if item.exemplars == 0 {
                            "no exemplars yet"
                        } else if item.calibrated {
                            "calibrated"
                        } else {
                            a(.href(ReviewEndpoints.calibration.path(item.microcredentialID))) {
                                "score \(item.exemplars) exemplar\(item.exemplars == 1 ? "" : "s") first"
                            }
                        }
                    }
                }
            }
        }
    }
}
