import CairnCore
import CairnHTML

/// The "Show with my credential" choice of one requirement's evidence, off until the educator
/// chooses it, with what becomes public and the warning about students; once earned, what was chosen.
struct PublicChoiceForm: HTML {
    let enrollmentID: Enrollment.ID
    let requirement: EvidenceRequirement
    let isPublic: Bool
    /// The educator changed the evidence after choosing to show it: the choice lapsed (never with `isPublic`), and the form says why.
    var lapsed = false
    /// False once earned: the credential names what was chosen.
    let canChange: Bool
    /// False while an attempt waits for its decision: a chosen item can be made private, not an item chosen.
    var canChoose = true
    let csrfToken: String

    /// The checkbox's name; checked sends "1".
    static let field = "public"

    /// Why the box is no longer ticked after the evidence changed.
    static let lapsedMessage = "You changed this evidence after choosing to show it with your credential, so it is private again: "
        + "you agreed to show what it held then. Tick the box again to show what it holds now."

    /// Why an item cannot be chosen while the work waits for its decision.
    static let waitingMessage = "Private. While your work waits for its decision, a credential would show what you submitted: "
        + "choose what to show before you submit, or after a not yet."

    var body: some HTML {
        let id = "public-" + requirement.id, hintID = "public-" + requirement.id + "-hint", lapsedID = "public-" + requirement.id + "-lapsed"
        return div(.class("public-choice")) {
            if canChange && !canChoose && !isPublic {
                p(.class("field-hint")) { Self.waitingMessage }
            } else if canChange {
                PostForm(action: EarningEndpoints.showWithCredential.path(enrollmentID, requirement.id), csrfToken: csrfToken, class: "stack") {
                    div(.class("checkbox")) {
                        input(.id(id), .name(Self.field), .type(.checkbox), .value("1"), .describedBy(lapsed ? [lapsedID, hintID] : [hintID]), isPublic ? .checked : nil)
                        label(.for(id), .class("checkbox__label")) { "Show with my credential" }
                    }
                    if lapsed {
                        p(.class("field-error"), .id(lapsedID)) { Self.lapsedMessage }
                    }
                    p(.class("field-hint"), .id(hintID)) {
                        "If you earn this microcredential, anyone who sees your credential can read this evidence and open its files. "
                        strong { "Students: " }
                        "show a student's face, name or work only with consent on file. This is your decision; it stays private unless you choose it."
                    }
                    SubmitButton("Save the choice for “\(requirement.title)”", style: .secondary)
                }
            } else {
                p(.class("field-hint")) {
                    isPublic ? "Shown with your credential. You can withdraw it from public view on the credential's page."
                             : "Private: not shown with your credential."
                }
            }
        }
    }
}
