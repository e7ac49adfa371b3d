/// Text between tags; always escaped.
public struct HTMLText: HTML {
    public typealias Body = Never
    public let text: String

    public init(_ text: String) { self.text = text }

    public func render(into output: inout String) {
        HTMLEscaping.appendText(text, to: &output)
    }
}
