/// An element with content: `<p class="lead">…</p>`.
///
/// Written through the lowercase tag names in `HTMLTag+Names.swift`:
/// `p(.class("lead")) { "Welcome, ", name }`.
public struct HTMLElement<Tag: HTMLTagDefinition>: HTML {
    public typealias Body = Never
    let attributes: [HTMLAttribute<Tag>]
    let content: HTMLGroup

    public init(_ attributes: HTMLAttribute<Tag>?..., @HTMLBuilder content: () -> HTMLGroup) {
        self.attributes = attributes.compactMap { $0 }
        self.content = content()
    }

    public init(_ attributes: HTMLAttribute<Tag>?...) {
        self.attributes = attributes.compactMap { $0 }
        self.content = HTMLGroup()
    }

    /// For components that gather attributes in an array first.
    public init(attributes: [HTMLAttribute<Tag>?], @HTMLBuilder content: () -> HTMLGroup) {
        self.attributes = attributes.compactMap { $0 }
        self.content = content()
    }

    public func render(into output: inout String) {
        output += "<"
        output += Tag.name
        HTMLAttribute.render(attributes, into: &output)
        output += ">"
        content.render(into: &output)
        output += "</"
        output += Tag.name
        output += ">"
    }
}

/// An element that never has content: `<input …>`, `<meta …>`, `<link …>`, `<br>`.
public struct HTMLVoidElement<Tag: HTMLTagDefinition>: HTML {
    public typealias Body = Never
    let attributes: [HTMLAttribute<Tag>]

    public init(_ attributes: HTMLAttribute<Tag>?...) {
        self.attributes = attributes.compactMap { $0 }
    }

    /// For components that gather attributes in an array first.
    public init(attributes: [HTMLAttribute<Tag>?]) {
        self.attributes = attributes.compactMap { $0 }
    }

    public func render(into output: inout String) {
        output += "<"
        output += Tag.name
        HTMLAttribute.render(attributes, into: &output)
        output += ">"
    }
}

/// `<!DOCTYPE html>`, the first line of every page.
public struct HTMLDoctype: HTML {
    public typealias Body = Never
    public init() {}
    public func render(into output: inout String) { output += "<!DOCTYPE html>\n" }
}
