import CairnCore
import CairnHTML
import Foundation

/// The educator's credentials in one place: each with its dates and status, a link to its page
/// (where it is shared, downloaded, added to LinkedIn or hidden), and a download; and their learner
/// record (the signed CLR file and the printable transcript) once one of them is in force.
struct MyCredentialsPage: HTML {
    let context: PageContext
    let credentials: [IssuedCredential]
    let now: Date

    var body: some HTML {
        Layout(title: "My credentials", context: context,
               lead: "Every credential you have earned here, signed by your organization: share them, download them, or check them anywhere.") {
            DataTable(id: "credentials", caption: "Your credentials, newest first", columns: [
                .init("Credential", rowHeader: true) { credential in
                    a(.href(CredentialEndpoints.page.path(credential.id))) { credential.name }
                },
                .init("Issued") { credential in DateText(credential.issuedAt) },
                .init("Valid until") { credential in
                    if let until = credential.validUntil { DateText(until) } else { "Does not expire" }
                },
                .init("Status") { credential in span(.class("badge")) { Self.status(of: credential, at: now) } },
                .init("Page") { credential in credential.isShared ? "Shared with the link" : "Hidden" },
                .init("Download", hideHeader: true) { credential in
                    a(.href(CredentialEndpoints.download.path(credential.id)), .download) { "Download “\(credential.name)”" }
                },
            ], rows: credentials, emptyMessage: "No credentials yet: each microcredential you earn adds one here.")
            if credentials.contains(where: { $0.status == .active && !$0.isExpired(at: now) }) {
                section(.class("learner-record"), .aria(.labelledby, "learner-record-heading")) {
                    h2(.id("learner-record-heading")) { "Your learner record" }
                    p { "All your credentials in force in one file signed by your organization (CLR 2.0), with your total credit hours, "
                        + "and a transcript to print for a licence renewal." }
                    ul {
                        li { a(.href(CredentialEndpoints.learnerRecord.path()), .download) { "Download my learner record (CLR 2.0)" } }
                        li { a(.href(CredentialEndpoints.transcript.path())) { "Print my transcript" } }
                    }
                }
            }
            p { a(.href(CredentialEndpoints.verify.path())) { "Check any credential" } }
        }
    }

    /// "Active", "Expired", "Suspended", "Revoked".
    static func status(of credential: IssuedCredential, at now: Date) -> String {
        credential.status == .active && credential.isExpired(at: now) ? "Expired" : credential.status.displayName
    }
}
