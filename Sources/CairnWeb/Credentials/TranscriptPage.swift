import CairnApp
import CairnCore
import CairnHTML
import Foundation

/// The educator's transcript, made to print for a licence renewal: the organization and the educator,
/// each credential in force (title, version, dates, status, credit hours, its public address), the
/// pathways completed with their microcredentials, the total of credit hours, expired credentials
/// apart, and where anyone can check each credential.
struct TranscriptPage: HTML {
    let context: PageContext
    let record: LearnerRecord
    /// When it is printed: the date it shows and the moment each credential's status is read at.
    let now: Date

    var body: some HTML {
        Layout(title: "Transcript of credentials", context: context,
               lead: "Your credentials from \(record.organization.name) on one page, to print or save as PDF for a licence renewal.") {
            p(.class("actions")) {
                "Print it with your browser's Print command. "
                a(.href(CredentialEndpoints.learnerRecord.path()), .download) { "Download your signed learner record (CLR 2.0)" }
                " · "
                a(.href(CredentialEndpoints.mine.path())) { "Back to my credentials" }
            }
            section(.class("transcript"), .aria(.label, "Transcript")) {
                dl(.class("facts")) {
                    div { dt { "Educator" }; dd { record.educator.displayName } }
                    div { dt { "Organization" }; dd { record.organization.name } }
                    div { dt { "Total credit hours" }; dd(.id("total-credit-hours")) { LearnerRecord.hours(record.totalCreditHours) } }
                    div { dt { "Printed" }; dd { DateText(now) } }
                }
                h2 { "Credentials in force" }
                credentialsTable(id: "in-force", caption: "Credentials in force, newest first", rows: record.inForce,
                                 empty: "No credential in force yet: each microcredential you earn adds one here.")
                if !record.pathways.isEmpty {
                    h2 { "Pathways completed" }
                    for pathway in record.pathways {
                        section(.class("transcript__pathway")) {
                            h3 { pathway.entry.credential.name }
                            p {
                                "Completed "; DateText(pathway.entry.credential.issuedAt)
                                "; \(LearnerRecord.hours(pathway.entry.creditHours)) credit hours through its microcredentials. "
                                a(.href(pathway.entry.url)) { pathway.entry.url }
                            }
                            if !pathway.components.isEmpty {
                                ul(.class("pathway-components")) {
                                    for component in pathway.components {
                                        li { component.credential.name; component.version.map { " (version \($0))" } ?? "" }
                                    }
                                }
                            }
                        }
                    }
                }
                if !record.expired.isEmpty {
                    h2 { "Expired credentials" }
                    p { "Listed for the record: expired credentials do not count toward the total and are not in the signed learner record." }
                    credentialsTable(id: "expired", caption: "Expired credentials, newest first", rows: record.expired, empty: "")
                }
                p(.class("transcript__verify")) {
                    "Verify at "; a(.href(record.baseURL + CredentialEndpoints.verify.path())) { record.baseURL + CredentialEndpoints.verify.path() }
                    ": give the address of any credential above, or its file."
                }
            }
        }
    }

    private func credentialsTable(id: String, caption: String, rows: [LearnerRecord.Entry], empty: String) -> DataTable<LearnerRecord.Entry> {
        DataTable(id: id, caption: caption, columns: [
            .init("Credential", rowHeader: true) { entry in entry.credential.name },
            .init("Version") { entry in entry.version ?? (entry.isPathway ? "Pathway" : "") },
            .init("Issued") { entry in DateText(entry.credential.issuedAt) },
            .init("Expires") { entry in
                if let until = entry.credential.validUntil { DateText(until) } else { "Does not expire" }
            },
            .init("Status") { entry in MyCredentialsPage.status(of: entry.credential, at: now) },
            .init("Credit hours") { entry in entry.isPathway ? "(its components')" : LearnerRecord.hours(entry.creditHours) },
            .init("Address") { entry in
                a(.href(entry.url)) { entry.url }
                if !entry.credential.isShared { " (hidden: only you and your organization's admins can open it)" }
            },
        ], rows: rows, emptyMessage: empty, class: "transcript__table")
    }
}
