import CairnApp
import CairnHTML

/// A verification shown to a person: the verdict in one sentence, then each check with what it
/// looks at, what it found and what that means for the credential's holder.
struct VerificationReportView: HTML {
    let verification: CredentialVerification
    /// 2 on a credential's page; 3 for a credential checked inside another.
    let headingLevel: Int

    var body: some HTML {
        section(.class("verification verification--\(verification.verdict.rawValue)"), .aria(.labelledby, headingID)) {
            if headingLevel == 2 { h2(.id(headingID)) { "Verification" } } else { h3(.id(headingID)) { "Verification" } }
            p(.class("verification__verdict"), .role("status")) {
                strong { verdictWords + ". " }
                verification.summary
            }
            if let format = verification.format { p(.class("hint")) { "Read as \(format)." } }
            ol(.class("checks")) {
                for check in verification.checks {
                    li(.class("check check--\(check.status.replacingOccurrences(of: " ", with: "-"))")) {
                        p(.class("check__title")) {
                            strong { check.name }
                            " "
                            span(.class("badge")) { statusWords(check.status) }
                        }
                        p(.class("check__reason")) { check.reason }
                        p(.class("hint")) { check.explanation + " " + check.meaning }
                        for inner in check.embedded { VerificationReportView(verification: inner, headingLevel: 3) }
                    }
                }
            }
        }
    }

    private var headingID: String { "verification-heading-\(headingLevel)-\(verification.credentialName?.count ?? 0)" }

    private var verdictWords: String {
        switch verification.verdict {
        case .valid: "Valid"
        case .invalid: "Not valid"
        case .inconclusive: "Could not be fully checked"
        }
    }

    private func statusWords(_ status: String) -> String {
        switch status {
        case "passed": "Passed"
        case "warning": "Passed, with a note"
        case "failed": "Failed"
        case "inconclusive": "Not decided"
        default: "Not applicable"
        }
    }
}
