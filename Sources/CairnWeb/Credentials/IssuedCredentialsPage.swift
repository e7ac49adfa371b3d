import CairnApp
import CairnCore
import CairnHTML
import Foundation

/// The admin's page of their organization as an issuer: how it appears in the credentials it signs,
/// and every credential it issued, newest first, each linking to its page (to revoke, suspend or correct it).
struct IssuedCredentialsPage: HTML {
    /// The profile form's fields.
    enum Field {
        static let url = "url", email = "email", description = "description"
    }

    let context: PageContext
    let profile: (url: String, email: String, description: String)
    let errors: FormErrors
    let issued: Credentials.IssuedPage
    let now: Date

    var body: some HTML {
        Layout(title: "Credentials", context: context,
               lead: "Every credential your organization issued, and how your organization appears in them.") {
            section(.aria(.labelledby, "profile-heading")) {
                h2(.id("profile-heading")) { "Your organization as issuer" }
                p { "Credentials issued from now on carry these details beside your organization's name. Those issued already keep what they were signed with." }
                ErrorSummary(errors)
                PostForm(action: CredentialEndpoints.saveIssuerProfile.path(), csrfToken: context.csrfToken, class: "stack") {
                    TextField(label: "Web site", name: Field.url, value: profile.url,
                              hint: "Your organization's own site, starting with https://. Empty: its catalog in Cairn.", error: errors[Field.url])
                    TextField(label: "Email for questions about credentials", name: Field.email, value: profile.email, kind: .email,
                              hint: "Optional.", error: errors[Field.email])
                    TextArea(label: "Description", name: Field.description, value: profile.description, rows: 3,
                             hint: "Optional: one or two sentences on who you are.", error: errors[Field.description])
                    SubmitButton("Save", style: .secondary)
                }
            }
            div(.class("actions")) {
                ButtonLink("Award a microcredential to a list of educators", to: CredentialEndpoints.bulkAward.path(), style: .secondary)
            }
            DataTable(id: "issued", caption: "Credentials issued, newest first", columns: [
                .init("Credential", rowHeader: true) { row in
                    a(.href(CredentialEndpoints.page.path(row.credential.id))) { row.credential.name }
                },
                .init("Educator") { row in row.educatorName },
                .init("Issued") { row in DateText(row.credential.issuedAt) },
                .init("Status") { row in span(.class("badge")) { MyCredentialsPage.status(of: row.credential, at: now) } },
            ], rows: issued.credentials, emptyMessage: "No credential issued yet: each *earned* decision issues one, and so does a direct award.")
            if issued.page > 1 || issued.hasNextPage {
                nav(.class("pagination"), .aria(.label, "Pages of credentials")) {
                    if issued.page > 1 { a(.href(CredentialEndpoints.issued.path(query: .page(issued.page - 1)))) { "Previous page" } }
                    if issued.hasNextPage { a(.href(CredentialEndpoints.issued.path(query: .page(issued.page + 1)))) { "Next page" } }
                }
            }
        }
    }
}
