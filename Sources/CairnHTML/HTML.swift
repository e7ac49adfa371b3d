/// A piece of markup: a tag, some text, or a component made of others.
///
/// Components write `var body: some HTML { … }` with the `HTMLBuilder` syntax; primitives
/// (elements, text, `TrustedHTML`) have `Body == Never` and write themselves in `render(into:)`.
public protocol HTML {
    associatedtype Body: HTML
    /// The markup this component is made of.
    @HTMLBuilder var body: Body { get }
    /// Appends this markup's UTF-8 to `output`, escaped where it must be.
    func render(into output: inout [UInt8])
}

extension HTML {
    @inlinable public func render(into output: inout [UInt8]) {
        body.render(into: &output)
    }

    /// The markup as UTF-8 bytes, ready to send.
    @inlinable public func renderedBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        render(into: &output)
        return output
    }

    /// The markup as a string.
    @inlinable public func render() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }
}

extension HTML where Body == Never {
    public var body: Never {
        return fatalError("\(Self.self) is a primitive: it renders itself")
    }
}

extension Never: HTML {
    public var body: Never { return fatalError("Never has no body") }
    public func render(into output: inout [UInt8]) {}
}
