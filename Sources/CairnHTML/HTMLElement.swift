/// An element with content: `<p class="lead">…</p>`.
///
/// Written through the lowercase tag names in `HTMLTag+Names.swift`:
/// `p(.class("lead")) { "Welcome, ", name }`. Rendered when made, like all builder content.
public struct HTMLElement<Tag: HTMLTagDefinition>: HTML {
    public typealias Body = Never
    @usableFromInline let markup: [UInt8]

    @inlinable public init(_ attributes: HTMLAttribute<Tag>?..., @HTMLBuilder content: () -> HTMLGroup) {
        markup = Self.markup(attributes, content())
    }

    @inlinable public init(_ attributes: HTMLAttribute<Tag>?...) {
        markup = Self.markup(attributes, HTMLGroup())
    }

    /// For components that gather attributes in an array first.
    @inlinable public init(attributes: [HTMLAttribute<Tag>?], @HTMLBuilder content: () -> HTMLGroup) {
        markup = Self.markup(attributes, content())
    }

    @inlinable static func markup(_ attributes: [HTMLAttribute<Tag>?], _ content: HTMLGroup) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(2 * Tag.name.utf8.count + content.markup.count + 5 + 24 * attributes.count)
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: Tag.name.utf8)
        HTMLAttribute.render(attributes, into: &output)
        output.append(UInt8(ascii: ">"))
        output.append(contentsOf: content.markup)
        output.append(UInt8(ascii: "<"))
        output.append(UInt8(ascii: "/"))
        output.append(contentsOf: Tag.name.utf8)
        output.append(UInt8(ascii: ">"))
        return output
    }

    @inlinable public func render(into output: inout [UInt8]) {
        output.append(contentsOf: markup)
    }

    /// Writes an element straight into `output`, its content written in place by `content`: for a
    /// component that writes many alike elements (a table's rows and cells) without an array for each.
    @inlinable public static func write(_ attributes: HTMLAttribute<Tag>?..., into output: inout [UInt8],
                                        content: (inout [UInt8]) -> Void) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: Tag.name.utf8)
        HTMLAttribute.render(attributes, into: &output)
        output.append(UInt8(ascii: ">"))
        content(&output)
        output.append(UInt8(ascii: "<"))
        output.append(UInt8(ascii: "/"))
        output.append(contentsOf: Tag.name.utf8)
        output.append(UInt8(ascii: ">"))
    }
}

/// An element that never has content: `<input …>`, `<meta …>`, `<link …>`, `<br>`.
public struct HTMLVoidElement<Tag: HTMLTagDefinition>: HTML {
    public typealias Body = Never
    @usableFromInline let attributes: [HTMLAttribute<Tag>?]

    @inlinable public init(_ attributes: HTMLAttribute<Tag>?...) {
        self.attributes = attributes
    }

    /// For components that gather attributes in an array first.
    @inlinable public init(attributes: [HTMLAttribute<Tag>?]) {
        self.attributes = attributes
    }

    @inlinable public func render(into output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: Tag.name.utf8)
        HTMLAttribute.render(attributes, into: &output)
        output.append(UInt8(ascii: ">"))
    }
}

/// `<!DOCTYPE html>`, the first line of every page.
public struct HTMLDoctype: HTML {
    public typealias Body = Never
    @inlinable public init() {}
    @inlinable public func render(into output: inout [UInt8]) { output.append(contentsOf: "<!DOCTYPE html>\n".utf8) }
}
