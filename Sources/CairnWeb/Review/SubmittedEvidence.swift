import CairnCore

/// The evidence of one attempt as submitted, requirement by requirement: the one place the review
/// and feedback pages render evidence, so the shared evidence component can take its place whole.
struct SubmittedEvidence: HTML {
    let snapshot: EvidenceSnapshot
    let design: Design

    /// The id of the `<video>` element of a video file: the target of comment forms and seek buttons.
    static func videoElementID(sha256: String) -> String { "video-" + sha256 }

    var body: some HTML {
        for requirement in design.requirements {
            section(.class("submitted-evidence"), .aria(.labelledby, "evidence-\(requirement.id)-heading")) {
                h3(.id("evidence-\(requirement.id)-heading")) { requirement.title }
                if let item = snapshot.item(for: requirement.id) {
                    if !item.text.isEmpty { div(.class("prose")) { MarkdownRenderer.render(item.text, baseHeadingLevel: 4) } }
                    if !item.links.isEmpty {
                        ul(.class("link-list")) {
                            for link in item.links {
                                li { if let url = SafeURL(userLink: link) { a(.href(url)) { link } } else { link } }
                            }
                        }
                    }
                    if !item.files.isEmpty {
                        ul(.class("plain-list")) {
                            for file in item.files {
                                li(file.isVideo ? .id(Self.videoElementID(sha256: file.sha256)) : nil, file.isVideo ? .tabindex(-1) : nil) {
                                    file.filename
                                    span(.class("muted")) { " · " + (file.isVideo ? "video" : file.contentType) + " · " + Wording.fileSize(file.size) }
                                }
                            }
                        }
                    }
                } else {
                    p(.class("muted")) { "Nothing submitted for this requirement." }
                }
            }
        }
    }
}
