/// Markup written out as is: the single unescaped path in Cairn's views.
///
/// Only code that produced the markup itself may make one (the cmark-gfm safe renderer, and
/// fixed markup in Cairn's own modules), which is why the initializer is `package` (never visible
/// outside Cairn) and carries a long label: searching for `TrustedHTML(` finds every use.
public struct TrustedHTML: HTML, Sendable {
    public typealias Body = Never
    let markup: String

    /// Wraps markup that Cairn's code produced and vouches for. Never pass anything a person typed.
    package init(producedByCairn markup: String) { self.markup = markup }

    public func render(into output: inout [UInt8]) {
        output.append(contentsOf: markup.utf8)
    }
}
