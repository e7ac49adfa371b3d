/// A block of rendered Markdown, styled as prose: how views show research, resources and guidance.
public struct MarkdownBlock: HTML {
    let source: String
    let baseHeadingLevel: Int

    /// - Parameter baseHeadingLevel: the level a Markdown `#` heading gets on this page.
    public init(_ source: String, baseHeadingLevel: Int = 3) {
        self.source = source
        self.baseHeadingLevel = baseHeadingLevel
    }

    public var body: some HTML {
        div(.class("prose")) { MarkdownRenderer.render(source, baseHeadingLevel: baseHeadingLevel) }
    }
}
