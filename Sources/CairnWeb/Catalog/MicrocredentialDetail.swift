import CairnCore
import CairnHTML

/// Everything an educator needs to decide on a microcredential: the key facts, the competency and
/// key method, the objectives, the evidence, the full rubric, and the research and resources.
///
/// The catalog's page and the studio's preview both show a design through this one component, so
/// the preview is exactly what educators will see. The design's summary is the page's lead.
public struct MicrocredentialDetail: HTML {
    let design: Design
    let imageURL: String?
    let attachmentURLs: [String: String]

    /// - Parameters:
    ///   - imageURL: where the design's image is served, when it has one.
    ///   - attachmentURLs: where each attached file is served, by blob (a file without one is listed unlinked).
    public init(design: Design, imageURL: String? = nil, attachmentURLs: [String: String] = [:]) {
        self.design = design
        self.imageURL = imageURL
        self.attachmentURLs = attachmentURLs
    }

    public var body: some HTML {
        div(.class("detail")) {
            div(.class("detail__intro")) {
                if let image = design.image, let imageURL {
                    img(.class("detail__image"), .src(imageURL), .alt(image.alt))
                }
                DesignFacts(design: design)
            }
            section(.aria(.labelledby, "competency-heading")) {
                h2(.id("competency-heading")) { "Competency" }
                if design.competency.isEmpty {
                    p(.class("muted")) { "No competency statement yet." }
                } else {
                    p(.class("competency")) { design.competency }
                }
                if !design.keyMethod.isEmpty || !design.methodComponents.isEmpty {
                    h3 { "Key method" }
                    if !design.keyMethod.isEmpty { p { design.keyMethod } }
                    if !design.methodComponents.isEmpty {
                        h4 { "Method components" }
                        ul(.class("method-components")) {
                            for component in design.methodComponents { li { component } }
                        }
                    }
                }
            }
            section(.aria(.labelledby, "objectives-heading")) {
                h2(.id("objectives-heading")) { "Learning objectives" }
                if design.objectives.isEmpty {
                    p(.class("empty-state")) { "No learning objectives yet." }
                } else {
                    p { "Educators who earn this microcredential show that they can:" }
                    ol(.class("objectives")) {
                        for objective in design.objectives {
                            li(.id("objective-\(objective.id)")) { objective.statement }
                        }
                    }
                }
            }
            section(.aria(.labelledby, "evidence-heading")) {
                h2(.id("evidence-heading")) { "Evidence requirements" }
                EvidenceRequirementList(design: design)
            }
            section(.class("rubric-section"), .aria(.labelledby, "rubric-heading")) {
                h2(.id("rubric-heading")) { "Rubric" }
                p { "Assessors judge the evidence against each criterion with this rubric, exactly as shown." }
                RubricTable(design: design)
            }
            if !design.research.isEmpty || !design.resources.isEmpty || !design.links.isEmpty || !design.attachments.isEmpty {
                section(.aria(.labelledby, "research-heading")) {
                    h2(.id("research-heading")) { "Research and resources" }
                    if !design.research.isEmpty {
                        h3 { "Supporting research" }
                        MarkdownBlock(design.research, baseHeadingLevel: 4)
                    }
                    if !design.resources.isEmpty {
                        h3 { "Resources" }
                        MarkdownBlock(design.resources, baseHeadingLevel: 4)
                    }
                    ResourceLinkList(links: design.links)
                    if !design.attachments.isEmpty {
                        h3 { "Files" }
                        AttachmentList(attachments: design.attachments, urls: attachmentURLs)
                    }
                }
            }
        }
    }
}

/// The design's links: only `http(s)` ones become links; any other is shown as text, unlinked.
struct ResourceLinkList: HTML {
    let links: [ResourceLink]

    var body: some HTML {
        if !links.isEmpty {
            h3 { "Links" }
            ul(.class("link-list resource-links")) {
                for link in links {
                    li {
                        let title = link.title.isEmpty ? link.url : link.title
                        if let url = SafeURL(userLink: link.url) {
                            a(.href(url)) { title }
                        } else {
                            span { title }
                            span(.class("muted")) { " (not a web address: \(link.url))" }
                        }
                    }
                }
            }
        }
    }
}
