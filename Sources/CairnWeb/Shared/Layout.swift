import CairnHTML

/// The page around every view: head, skip link, header with navigation, flash messages,
/// `<main id="main">` with the page's one `<h1>`, and footer.
///
/// The heading is the `title` given here and nowhere else, so each page has exactly one `<h1>`.
public struct Layout: HTML {
    /// Forms read best in a narrow column; lists and tables use the standard width.
    public enum Width: Sendable { case standard, narrow }

    let pageTitle: String
    let context: PageContext
    let width: Width
    let lead: String?
    let scripts: [String]
    let openGraph: [(property: String, content: String)]
    let content: HTMLGroup

    /// - Parameters:
    ///   - title: the page's `<h1>`, and the first part of the window title.
    ///   - lead: an optional sentence under the heading.
    ///   - scripts: paths of the page's scripts (`WebAssets`), loaded with `defer`.
    ///   - openGraph: `og:` properties for link previews (`("og:title", …)`), on pages meant to be shared.
    public init(title: String, context: PageContext, width: Width = .standard, lead: String? = nil,
                scripts: [String] = [], openGraph: [(property: String, content: String)] = [], @HTMLBuilder content: () -> HTMLGroup) {
        self.pageTitle = title
        self.context = context
        self.width = width
        self.lead = lead
        self.scripts = scripts
        self.openGraph = openGraph
        self.content = content()
    }

    /// The window title: the page, then the organization (the public page's, else the viewer's), then Cairn.
    var documentTitle: String {
        ([pageTitle, context.publicOrganization?.name ?? context.organizationName, "Cairn"] as [String?]).compactMap { $0 }.joined(separator: " · ")
    }

    public typealias Body = Never

    /// Written straight into the page's bytes: the view's content, most of a page, is copied once
    /// rather than once into each element around it.
    public func render(into output: inout [UInt8]) {
        HTMLDoctype().render(into: &output)
        HTMLElement<HTMLTag.html>.write(.lang("en"), into: &output) { output in
            head {
                meta(.charset("utf-8"))
                meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                title { documentTitle }
                for (property, content) in openGraph { meta(.property(property), .content(content)) }
                link(.rel("icon"), .href(WebAssets.faviconPath))
                link(.rel("stylesheet"), .href(WebAssets.stylesheetPath))
                for path in scripts { script(.src(path), .defer) }
            }.render(into: &output)
            HTMLElement<HTMLTag.body>.write(into: &output) { output in
                HTMLGroup {
                    a(.class("skip-link"), .href("#main")) { "Skip to main content" }
                    SiteHeader(context: context)
                }.render(into: &output)
                HTMLElement<HTMLTag.main>.write(.id("main"), .class(width == .narrow ? "page page--narrow" : "page"), .tabindex(-1),
                                                into: &output) { output in
                    HTMLGroup {
                        FlashMessages(messages: context.flash)
                        h1 { pageTitle }
                        if let lead { p(.class("lead")) { lead } }
                    }.render(into: &output)
                    content.render(into: &output)
                }
                footer(.class("site-footer")) {
                    p { "Cairn: microcredentials for educators, earned with evidence from the classroom." }
                }.render(into: &output)
            }
        }
    }
}
