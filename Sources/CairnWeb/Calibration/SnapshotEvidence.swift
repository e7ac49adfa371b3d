import CairnCore

/// Submitted evidence, read-only, one section per requirement (an `h3`, under the page's `h2`): its text,
/// links and file names.
struct SnapshotEvidence: HTML {
    let snapshot: EvidenceSnapshot
    let design: Design

    var body: some HTML {
        if snapshot.items.isEmpty {
            p(.class("empty-state")) { "No evidence was submitted." }
        } else {
            div(.class("evidence-snapshot")) {
                for item in snapshot.items {
                    section(.class("evidence-snapshot__item")) {
                        h3 { design.requirement(item.requirementID)?.title ?? item.requirementID }
                        if !item.text.isEmpty { MarkdownBlock(item.text, baseHeadingLevel: 4) }
                        if !item.links.isEmpty {
                            ul(.class("plain-list")) {
                                for link in item.links { li { link } }
                            }
                        }
                        if !item.files.isEmpty {
                            ul(.class("plain-list")) {
                                for file in item.files { li { "\(file.filename) (\(Wording.fileSize(file.size)))" } }
                            }
                        }
                    }
                }
            }
        }
    }
}
