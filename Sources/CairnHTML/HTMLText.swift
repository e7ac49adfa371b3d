/// Text between tags; always escaped.
public struct HTMLText: HTML {
    public typealias Body = Never
    public let text: String

    @inlinable public init(_ text: String) { self.text = text }

    @inlinable public func render(into output: inout [UInt8]) {
        HTMLEscaping.appendText(text, to: &output)
    }
}
