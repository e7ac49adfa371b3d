import CairnApp
import CairnCore
import CairnHTML

/// The issuing organization's admin revokes, suspends or reinstates the credential, giving the reason.
struct StatusForm: HTML {
    let credential: IssuedCredential
    let csrfToken: String
    let error: String?
    let typed: String

    var body: some HTML {
        section(.aria(.labelledby, "status-heading")) {
            h2(.id("status-heading")) { "Change its status" }
            if credential.status == .revoked {
                p { "This credential is revoked for good." }
            } else {
                PostForm(action: CredentialEndpoints.status.path(credential.id), csrfToken: csrfToken, class: "stack") {
                    RadioGroup(legend: "What should happen to it?", name: "status", choices: choices,
                               selected: choices.first?.value, hint: nil, error: nil)
                    TextArea(label: "Reason", name: "reason", value: typed, rows: 3,
                             hint: "Kept on record and sent to the educator.", error: error, required: true)
                    SubmitButton("Change the status", style: .danger)
                }
            }
        }
    }

    private var choices: [Choice] {
        var choices = [Choice(value: CredentialStatus.revoked.rawValue, label: "Revoke it for good (anyone who checks it sees it is revoked)")]
        if credential.status == .active {
            choices.append(Choice(value: CredentialStatus.suspended.rawValue, label: "Suspend it for now (shown as suspended on its page)"))
        } else {
            choices.append(Choice(value: CredentialStatus.active.rawValue, label: "Reinstate it"))
        }
        return choices
    }
}

/// The issuing organization's admin re-issues the credential as a correction: a new one from what
/// Cairn knows now, the old one revoked with the reason.
struct CorrectionForm: HTML {
    let credential: IssuedCredential
    let csrfToken: String
    let error: String?
    let typed: String

    var body: some HTML {
        section(.aria(.labelledby, "correction-heading")) {
            h2(.id("correction-heading")) { "Correct it" }
            p { "If something in it is wrong (the educator's name, your organization's details), issue a corrected credential: it replaces this one, which is revoked with your reason. The educator is told." }
            PostForm(action: CredentialEndpoints.correct.path(credential.id), csrfToken: csrfToken, class: "stack") {
                TextArea(label: "What is being corrected", name: "correction", value: typed, rows: 2,
                         hint: "Kept on record with the old credential's revocation.", error: error, required: true)
                SubmitButton("Issue a corrected credential", style: .secondary)
            }
        }
    }
}
