import CairnCore
import CairnHTML

/// After the organization's number of *not yet* decisions: a note pointing the educator to the coaches who coach them.
struct CoachPointer: HTML {
    let guidance: AttemptGuidance

    var body: some HTML {
        if case .seeCoach(let notYet) = guidance.nextStep {
            div(.class("notice notice--warning coach-pointer"), .role("note")) {
                p {
                    strong { "Talk it through with a coach. " }
                    "Your evidence has been judged not yet \(Wording.count(notYet, "time")). A coach can help you plan your next attempt."
                }
                if guidance.coaches.isEmpty {
                    p { "No coach is assigned to you yet: ask your school's administrator to connect you with one." }
                } else {
                    p { (guidance.coaches.count == 1 ? "Your coach: " : "Your coaches: ") + Wording.list(guidance.coaches) + "." }
                }
            }
        }
    }
}
