import CairnApp
import CairnCore
import CairnHTML

/// The evidence a credential's educator chose to publish with it, item by item: the requirement it
/// answers, its kind, its text and links, and its files (videos play); a withdrawn or taken-down item
/// only says so (with the takedown's reason to the holder and the admins). The holder may withdraw an
/// item from public view; an admin of the issuing organization may take one down. Place it under an `<h1>`.
struct PublicEvidenceList: HTML {
    let page: Credentials.Page
    let csrfToken: String
    /// A refused takedown's message and what was typed, for the form named `failedForm`.
    var reasonError: String? = nil
    var reasonTyped = ""
    var failedForm = ""

    /// The `id` of an item's block, the fragment its public address leads to.
    static func elementID(_ number: Int) -> String { "evidence-\(number)" }
    /// The reason field of an item's takedown form (one per item: field ids are unique on the page).
    static func reasonField(_ number: Int) -> String { "takedown-reason-\(number)" }
    /// The name `CredentialPage.failedForm` gives an item's takedown form.
    static func takedownFormName(_ number: Int) -> String { "takedown-\(number)" }

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

    /// An admin's form to take the item down, with the reason kept on record and sent to the educator.
    func takedownForm(_ entry: PublicEvidence, title: String) -> some HTML {
        let failed = failedForm == Self.takedownFormName(entry.number)
        return PostForm(action: CredentialEndpoints.takeDownEvidence.path(page.credential.id, entry.number), csrfToken: csrfToken,
                        class: "stack") {
            TextArea(label: "Why take “\(title)” down from public view?", name: Self.reasonField(entry.number), value: failed ? reasonTyped : "", rows: 2,
                     hint: "Kept on record and sent to the educator. The item stays private for good; the credential stays in force.",
                     error: failed ? reasonError : nil, required: true)
            SubmitButton("Take “\(title)” down", style: .danger)
        }
    }

    func item(_ entry: PublicEvidence) -> some HTML {
        let id = Self.elementID(entry.number), title = entry.requirement.title
        return article(.class("evidence-item"), .id(id), .aria(.labelledby, id + "-heading")) {
            h3(.id(id + "-heading")) { title }
            p(.class("evidence-item__meta")) { entry.requirement.kind.displayName }
            if let takedown = entry.takedown {
                p { "The organization that issued this credential took this item down from public view." }
                if page.isHolder || page.isIssuerAdmin {
                    p(.class("field-hint")) { "Taken down on "; DateText(takedown.at); ". The reason on record: \(takedown.reason)" }
                }
            } else if entry.isWithdrawn {
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
                if page.isIssuerAdmin { takedownForm(entry, title: title) }
            }
        }
    }
}
