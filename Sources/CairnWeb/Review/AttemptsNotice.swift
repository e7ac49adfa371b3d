import CairnCore
import CairnHTML

/// The top of the workspace once an attempt is decided: after *not yet*, where the feedback is and
/// what to do next (with the coach pointer when due); links to every decided attempt's feedback.
struct AttemptsNotice: HTML {
    let guidance: AttemptGuidance

    var body: some HTML {
        if let notYet = guidance.latestNotYet {
            div(.class("notice notice--warning not-yet-notice"), .role("note")) {
                p {
                    strong { "Attempt \(notYet.attempt) was judged not yet. " }
                    a(.href(EarningEndpoints.feedback.path(guidance.enrollmentID, notYet.id))) { "Read the assessor's feedback" }
                    ", improve your evidence and submit again."
                }
            }
        }
        CoachPointer(guidance: guidance)
        if !guidance.decided.isEmpty {
            nav(.class("attempt-feedback-links"), .aria(.label, "Feedback on your attempts")) {
                p {
                    "Feedback on your attempts: "
                    for (index, attempt) in guidance.decided.enumerated() {
                        if index > 0 { ", " }
                        a(.href(EarningEndpoints.feedback.path(guidance.enrollmentID, attempt.id))) {
                            "attempt \(attempt.attempt) (\(attempt.decision?.displayName ?? ""))"
                        }
                    }
                }
            }
        }
    }
}
