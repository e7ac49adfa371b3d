import CairnApp
import CairnCore
import CairnHTML
import Foundation

/// The ways to share a credential: its link, the signed file, LinkedIn's "Add to profile" form
/// filled in, and a snippet to embed it on a web page.
struct ShareCredential: HTML {
    let page: Credentials.Page

    var body: some HTML {
        section(.class("share"), .aria(.labelledby, "share-heading")) {
            h2(.id("share-heading")) { "Share it" }
            div(.class("field")) {
                label(.for("credential-link")) { "Link to this page" }
                input(.id("credential-link"), .type(.text), .class("input"), .value(page.url), .readonly)
            }
            ul(.class("actions actions--stacked")) {
                li { a(.class("button button--secondary"), .href(CredentialEndpoints.download.path(page.credential.id)), .download) {
                    "Download the signed credential (JSON)"
                } }
                li { a(.class("button button--secondary"), .href(linkedIn), .rel("noopener")) { "Add to LinkedIn profile" } }
                li { a(.class("button button--secondary"), .href(CredentialEndpoints.badgePNG.path(page.credential.id)), .download) {
                    "Badge image with the credential inside (PNG)"
                } }
                li { a(.class("button button--secondary"), .href(CredentialEndpoints.badgeSVG.path(page.credential.id)), .download) {
                    "Badge image (SVG)"
                } }
            }
            TextArea(label: "Embed it on a web page", name: "embed", value: embedSnippet, rows: 3,
                     hint: "Copy this HTML into a page or a portfolio: it links to this page, where anyone can check it.")
        }
    }

    /// LinkedIn's add-to-profile form for a certification, filled with this credential.
    var linkedIn: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let issued = calendar.dateComponents([.year, .month], from: page.credential.issuedAt)
        var items = [
            QueryItem(name: "startTask", value: "CERTIFICATION_NAME"), QueryItem(name: "name", value: page.credential.name),
            QueryItem(name: "organizationName", value: page.organization.name),
            QueryItem(name: "issueYear", value: String(issued.year ?? 0)), QueryItem(name: "issueMonth", value: String(issued.month ?? 0)),
            QueryItem(name: "certUrl", value: page.url), QueryItem(name: "certId", value: page.credential.id.rawValue),
        ]
        if let until = page.credential.validUntil {
            let expires = calendar.dateComponents([.year, .month], from: until)
            items += [QueryItem(name: "expirationYear", value: String(expires.year ?? 0)),
                      QueryItem(name: "expirationMonth", value: String(expires.month ?? 0))]
        }
        return "https://www.linkedin.com/profile/add?" + items.map(\.text).joined(separator: "&")
    }

    /// A link to the page, named for what was earned and from whom, rendered by the HTML builder (so it is escaped).
    var embedSnippet: String {
        a(.href(page.url), .rel("noopener")) { "\(page.credential.name) · \(page.organization.name) · verified credential" }.render()
    }
}

/// The holder's choice: the page open to anyone with the link, or only to them and their organization's admins.
struct SharingForm: HTML {
    let page: Credentials.Page
    let csrfToken: String

    var body: some HTML {
        section(.aria(.labelledby, "sharing-heading")) {
            h2(.id("sharing-heading")) { "Who can see it" }
            p {
                page.credential.isShared
                    ? "Anyone with the link can see this page and check the credential."
                    : "Only you and your organization's admins can see this page. The signed file you downloaded still verifies wherever you send it."
            }
            PostForm(action: CredentialEndpoints.share.path(page.credential.id), csrfToken: csrfToken) {
                input(.type(.hidden), .name("public_page"), .value(page.credential.isShared ? "0" : "1"))
                SubmitButton(page.credential.isShared ? "Hide this page" : "Share this page again", style: .secondary)
            }
        }
    }
}
