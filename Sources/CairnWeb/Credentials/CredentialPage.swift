import CairnApp
import CairnCore
import CairnHTML
import Foundation

/// A credential's page: what was earned, by whom, from whom and when, the level reached on each
/// criterion, a verification run now with each check explained, and the ways to share it. Its
/// holder may hide it or share it again; an admin of the issuing organization may revoke, suspend
/// or reinstate it. Printable.
struct CredentialPage: HTML {
    let context: PageContext
    let page: Credentials.Page
    /// The message beside the reason of the form sent back (`status`, `correction` or an item's takedown), after a refused change.
    let reasonError: String?
    let reasonTyped: String
    /// Which admin form the message belongs to.
    let failedForm: String
    let now: Date

    init(context: PageContext, page: Credentials.Page, reasonError: String?, reasonTyped: String = "", failedForm: String = "status",
         now: Date) {
        (self.context, self.page, self.reasonError, self.reasonTyped, self.failedForm, self.now) =
            (context, page, reasonError, reasonTyped, failedForm, now)
    }

    private var credential: IssuedCredential { page.credential }

    var body: some HTML {
        Layout(title: credential.name, context: context, lead: page.description.isEmpty ? nil : page.description,
               openGraph: openGraph) {
            StatusNotice(credential: credential, now: now)
            if let replaces = page.replaces {
                div(.class("notice"), .role("note")) {
                    p { "This credential corrects an earlier one: "; a(.href(CredentialEndpoints.page.path(replaces))) { "see the credential it replaces" }; "." }
                }
            }
            if let replacedBy = page.replacedBy {
                div(.class("notice notice--warning"), .role("note")) {
                    p { "This credential was corrected: "; a(.href(CredentialEndpoints.page.path(replacedBy))) { "see the credential that replaces it" }; "." }
                }
            }
            section(.class("credential-facts"), .aria(.label, "About this credential")) {
                dl(.class("facts")) {
                    div { dt { "Earned by" }; dd { page.earnerName } }
                    div { dt { "Issued by" }; dd { a(.href(CatalogEndpoints.catalog.path(page.organization.slug))) { page.organization.name } } }
                    div { dt { "Issued" }; dd { DateText(credential.issuedAt) } }
                    div {
                        dt { "Valid until" }
                        dd { if let until = credential.validUntil { DateText(until) } else { "Does not expire" } }
                    }
                    div { dt { "Status" }; dd { span(.class("badge")) { statusWords } } }
                }
            }
            if !page.results.isEmpty {
                DataTable(id: "results", caption: "Level reached on each criterion of the rubric", columns: [
                    .init("Criterion", rowHeader: true) { result in result.criterionTitle },
                    .init("Level reached") { result in result.levelName },
                ], rows: page.results, emptyMessage: "")
            }
            if let narrative = page.narrative {
                section(.aria(.labelledby, "narrative-heading")) {
                    h2(.id("narrative-heading")) { "Why it was awarded" }
                    MarkdownBlock(narrative, baseHeadingLevel: 3)
                }
            }
            if let path = page.achievementPath {
                p { a(.href(path)) { "What earning it takes: the microcredential's evidence requirements and full rubric" } }
            }
            PublicEvidenceList(page: page, csrfToken: context.csrfToken, reasonError: reasonError, reasonTyped: reasonTyped,
                               failedForm: failedForm)
            VerificationReportView(verification: page.verification, headingLevel: 2)
            ShareCredential(page: page)
            if page.isHolder { SharingForm(page: page, csrfToken: context.csrfToken) }
            if page.isIssuerAdmin {
                StatusForm(credential: credential, csrfToken: context.csrfToken, error: failedForm == "status" ? reasonError : nil,
                           typed: failedForm == "status" ? reasonTyped : "")
                if credential.awardID != nil, credential.status != .revoked {
                    CorrectionForm(credential: credential, csrfToken: context.csrfToken, error: failedForm == "correction" ? reasonError : nil,
                                   typed: failedForm == "correction" ? reasonTyped : "")
                }
            }
            if !page.history.isEmpty {
                section(.aria(.labelledby, "history-heading")) {
                    h2(.id("history-heading")) { "Status history" }
                    ul {
                        for change in page.history {
                            li { DateText(change.changedAt); ": \(change.status.displayName). \(change.reason)" }
                        }
                    }
                }
            }
        }
    }

    private var statusWords: String {
        if credential.status == .active, credential.isExpired(at: now) { return "Expired" }
        return credential.status.displayName
    }

    /// Link previews: what was earned, from whom.
    private var openGraph: [(property: String, content: String)] {
        [("og:type", "website"), ("og:title", "\(credential.name): a credential from \(page.organization.name)"),
         ("og:description", page.isDirectAward ? "\(page.earnerName) was awarded \(credential.name) by \(page.organization.name)."
                                                : "\(page.earnerName) earned \(credential.name), judged on classroom evidence against a rubric."),
         ("og:url", page.url), ("og:site_name", "Cairn"), ("og:image", page.url + "/badge.png"),
         ("og:image:alt", "The badge of \(credential.name)")]
    }
}

/// The banner of a credential that is not in force: revoked, suspended or expired.
struct StatusNotice: HTML {
    let credential: IssuedCredential
    let now: Date

    var body: some HTML {
        switch credential.status {
        case .revoked:
            div(.class("notice notice--error"), .role("alert")) {
                p { strong { "Revoked. " }; "The issuer withdrew this credential: it must not be relied on." }
                if !credential.statusReason.isEmpty { p { "Reason given: \(credential.statusReason)" } }
            }
        case .suspended:
            div(.class("notice notice--warning"), .role("alert")) {
                p { strong { "Suspended. " }; "The issuer has suspended this credential for now." }
                if !credential.statusReason.isEmpty { p { "Reason given: \(credential.statusReason)" } }
            }
        case .active:
            if let until = credential.validUntil, until <= now {
                div(.class("notice notice--warning"), .role("note")) {
                    p { strong { "Expired. " }; "This credential was valid until "; DateText(until); ". It stays here as a record of what was earned." }
                }
            }
        }
    }
}
