import CairnApp
import CairnCore
import CairnHTML

/// The evidence a credential's educator chose to publish with it, item by item: the requirement it
/// answers, its kind, its text and links, and its files (videos play); a withdrawn item only says
/// so. The holder may withdraw an item from public view. Place it under an `<h1>`.
struct PublicEvidenceList: HTML {
    let page: Credentials.Page
    let csrfToken: String

    /// The `id` of an item's block, the fragment its public address leads to.
    static func elementID(_ number: Int) -> String { "evidence-\(number)" }

    var body: some HTML {
        if !page.evidence.isEmpty {
            section(.class("public-evidence"), .aria(.labelledby, "evidence-heading")) {
                h2(.id("evidence-heading")) { "Evidence the educator chose to show" }
                p { "Assessors judged these items, among others, against the rubric. The educator chose to make them public." }
                if page.isHolder && !page.credential.isShared {
                    p(.class("notice"), .role("note")) { "While this page is hidden, these files are not served to anyone, you included." }
                }
                for entry in page.evidence { item(entry) }
            }
        }
    }

    func item(_ entry: PublicEvidence) -> some HTML {
        let id = Self.elementID(entry.number), title = entry.requirement.title
        return article(.class("evidence-item"), .id(id), .aria(.labelledby, id + "-heading")) {
            h3(.id(id + "-heading")) { title }
            p(.class("evidence-item__meta")) { entry.requirement.kind.displayName }
            if entry.isWithdrawn {
                p { "The educator withdrew this item from public view." }
            } else {
                EvidenceTextView(item: entry.item, requirementTitle: title)
                if !entry.item.files.isEmpty {
                    ul(.class("evidence-files"), .aria(.label, "Files for “\(title)”")) {
                        for file in entry.item.files {
                            li(.class("evidence-file")) {
                                EvidenceFileView(file: file, address: .credential(page.credential.id, item: entry.number))
                            }
                        }
                    }
                }
                if page.isHolder {
                    PostForm(action: CredentialEndpoints.withdrawEvidence.path(page.credential.id, entry.number), csrfToken: csrfToken) {
                        SubmitButton("Withdraw “\(title)” from public view", style: .secondary)
                    }
                }
            }
        }
    }
}
