import CairnApp
import CairnHTML

/// Anyone checks a credential here: pasted as JSON or a signed token, uploaded as a file or a
/// badge image with the credential baked in, or named by the address of a credential Cairn issued.
struct VerifyPage: HTML {
    /// The form's fields.
    enum Field {
        static let text = "credential", file = "file", url = "url"
    }

    let context: PageContext
    let typedText: String
    let typedURL: String
    let errors: FormErrors
    let verification: CredentialVerification?

    var body: some HTML {
        Layout(title: "Check a credential", context: context,
               lead: "See for yourself whether a credential is genuine, unchanged and in force: Cairn checks its signature, its issuer's key, its dates and whether it was revoked.") {
            if let verification {
                if let name = verification.credentialName {
                    p(.class("verification__subject")) {
                        strong { name }
                        if let issuer = verification.issuerName { ", issued by \(issuer)" }
                    }
                }
                VerificationReportView(verification: verification, headingLevel: 2)
                h2 { "Check another" }
            }
            ErrorSummary(errors)
            PostForm(action: CredentialEndpoints.verifySubmit.path(), csrfToken: context.csrfToken, multipart: true, class: "stack") {
                TextArea(label: "Paste the credential", name: Field.text, value: typedText, rows: 6,
                         hint: "Its JSON, or a signed token (JWT).", error: errors[Field.text])
                FileField(label: "Or choose a file", name: Field.file, accept: ".json,.jwt,.jws,.txt,.png,.svg,application/json,image/png,image/svg+xml",
                          hint: "A credential file, or a badge image (PNG or SVG) with the credential baked in.", error: errors[Field.file],
                          required: false)
                TextField(label: "Or give the address of a credential issued here", name: Field.url, value: typedURL,
                          hint: "The link to its page in Cairn.", error: errors[Field.url])
                SubmitButton("Check it")
            }
        }
    }
}
