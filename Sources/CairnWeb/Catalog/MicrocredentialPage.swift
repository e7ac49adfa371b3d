import CairnApp
import CairnCore
import CairnHTML

/// A microcredential's public page: everything an educator needs to decide, the version shown,
/// its `Achievement` JSON, and the pathways it belongs to. No account needed.
public struct MicrocredentialPage: HTML {
    let context: PageContext
    let organization: PublicOrganization
    let microcredential: Microcredential
    let version: MicrocredentialVersion
    let latestNumber: Int?
    let imageURL: String?
    let attachmentURLs: [String: String]
    /// A signed-in educator's standing with the microcredential, on its own page: what to offer them.
    let standing: MicrocredentialStanding?
    /// The published pathways the microcredential belongs to, by title.
    let pathways: [PathwayReference]

    /// - Parameters:
    ///   - context: the visitor's context; its `publicOrganization` is set from `organization`.
    ///   - version: the version shown (the latest published one at the microcredential's own URL).
    ///   - latestNumber: the latest published version's number, when it is not this one.
    ///   - imageURL: where the design's image is served, when it has one.
    ///   - attachmentURLs: where each attached file is served, by blob.
    ///   - standing: the signed-in educator's standing, when they are one of the organization's (nil for anyone else).
    ///   - pathways: the published pathways it belongs to.
    public init(context: PageContext, organization: PublicOrganization, microcredential: Microcredential,
                version: MicrocredentialVersion, latestNumber: Int? = nil, imageURL: String? = nil,
                attachmentURLs: [String: String] = [:], standing: MicrocredentialStanding? = nil, pathways: [PathwayReference] = []) {
        var context = context
        context.publicOrganization = organization
        self.context = context
        self.organization = organization
        self.microcredential = microcredential
        self.version = version
        self.latestNumber = latestNumber
        self.imageURL = imageURL
        self.attachmentURLs = attachmentURLs
        self.standing = standing
        self.pathways = pathways
    }

    var achievementPath: String { CatalogEndpoints.achievement.path(organization.slug, microcredential.slug, version.number) }

    public var body: some HTML {
        Layout(title: version.design.title, context: context,
               lead: version.design.summary.isEmpty ? nil : version.design.summary) {
            p(.class("breadcrumb")) {
                a(.href(organization.catalogPath)) { "All microcredentials from \(organization.name)" }
            }
            if version.state == .retired {
                div(.class("notice notice--warning"), .role("note")) {
                    p { "This version is retired: it stays here for those who earned it, but no one can start it any more." }
                }
            }
            if let latestNumber, latestNumber != version.number {
                div(.class("notice"), .role("note")) {
                    p {
                        "You are reading version \(version.number). "
                        a(.href(CatalogEndpoints.latest.path(organization.slug, microcredential.slug))) { "Read the current version (\(latestNumber))" }
                    }
                }
            }
            if let standing {
                NextStep(standing: standing, enrollPath: CatalogEndpoints.enroll.path(organization.slug, microcredential.slug),
                         csrfToken: context.csrfToken)
            }
            MicrocredentialDetail(design: version.design, imageURL: imageURL, attachmentURLs: attachmentURLs)
            section(.aria(.labelledby, "pathways-heading")) {
                h2(.id("pathways-heading")) { "Pathways" }
                if pathways.isEmpty {
                    p(.class("muted")) { "This microcredential is not part of a pathway yet." }
                } else {
                    p { "Earning it counts towards \(pathways.count == 1 ? "this pathway" : "these pathways"), each with its own credential:" }
                    ul(.class("link-list")) {
                        for pathway in pathways {
                            li { a(.href(PathwayEndpoints.page.path(organization.slug, pathway.slug))) { pathway.title } }
                        }
                    }
                }
            }
            section(.class("version-facts"), .aria(.labelledby, "version-heading")) {
                h2(.id("version-heading")) { "About this version" }
                dl(.class("facts")) {
                    div { dt { "Version" }; dd { "\(version.number)" } }
                    if let published = version.publishedAt {
                        div { dt { "Published" }; dd { DateText(published) } }
                    }
                    if let retired = version.retiredAt {
                        div { dt { "Retired" }; dd { DateText(retired) } }
                    }
                    if let note = version.changeNote, !note.isEmpty {
                        div { dt { "What changed" }; dd { note } }
                    }
                    div { dt { "Designed by" }; dd { organization.name } }
                    div {
                        dt { "Open Badges" }
                        dd { a(.href(achievementPath)) { "Achievement definition (Open Badges 3.0 JSON)" } }
                    }
                }
            }
        }
    }
}

/// What a signed-in educator may do next with a microcredential: start it, go back to their workspace,
/// or see the credential they hold (and when they may earn it again).
private struct NextStep: HTML {
    let standing: MicrocredentialStanding
    let enrollPath: String
    let csrfToken: String

    var body: some HTML {
        switch standing {
        case .mayStart:
            PostForm(action: enrollPath, csrfToken: csrfToken, class: "enroll-form") {
                SubmitButton("Start this microcredential")
            }
        case .working(let enrollment):
            div(.class("notice"), .role("note")) {
                p {
                    "You have started this microcredential. "
                    a(.href(EarningEndpoints.workspace.path(enrollment))) { "Continue in your workspace" }
                }
            }
        case .holds(let award):
            div(.class("notice"), .role("note")) {
                p {
                    "You hold this microcredential. "
                    if let credential = award.credentialID {
                        a(.href(CredentialEndpoints.page.path(credential))) { "See your credential" }
                    } else {
                        a(.href(CredentialEndpoints.mine.path())) { "See your credentials" }
                    }
                }
                if !award.renewalSentence.isEmpty { p { award.renewalSentence } }
            }
        }
    }
}
