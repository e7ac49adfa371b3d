/// The result builder behind `body` and element contents.
///
/// A `String` is text, and is escaped; anything else must be `HTML`. Content is rendered as it is
/// built: each piece becomes its UTF-8 markup at once, and a block appends its pieces to the first
/// one's bytes, so a page is a few byte appends per element rather than a tree of boxed values
/// walked later. The builder, the elements and the attributes are `@inlinable`, so the views'
/// module specializes them for each tag: no generic metadata is looked up while a page renders
/// (docs/decisions/0015-rendering-as-built.md).
@resultBuilder
public enum HTMLBuilder {
    @inlinable public static func buildExpression(_ text: String) -> HTMLGroup {
        var markup: [UInt8] = []
        HTMLEscaping.appendText(text, to: &markup)
        return HTMLGroup(markup: markup)
    }

    @inlinable public static func buildExpression(_ content: some HTML) -> HTMLGroup {
        var markup: [UInt8] = []
        content.render(into: &markup)
        return HTMLGroup(markup: markup)
    }

    @inlinable public static func buildExpression(_ group: HTMLGroup) -> HTMLGroup {
        group
    }

    /// An element is already its markup: the group takes its bytes as they are, without a copy.
    @inlinable public static func buildExpression<Tag>(_ element: HTMLElement<Tag>) -> HTMLGroup {
        HTMLGroup(markup: element.markup)
    }

    @inlinable public static func buildBlock() -> HTMLGroup { HTMLGroup() }

    @inlinable public static func buildPartialBlock(first: HTMLGroup) -> HTMLGroup { first }

    @inlinable public static func buildPartialBlock(accumulated: consuming HTMLGroup, next: HTMLGroup) -> HTMLGroup {
        accumulated.markup.append(contentsOf: next.markup)
        return accumulated
    }

    @inlinable public static func buildOptional(_ part: HTMLGroup?) -> HTMLGroup {
        part ?? HTMLGroup()
    }

    @inlinable public static func buildEither(first part: HTMLGroup) -> HTMLGroup { part }

    @inlinable public static func buildEither(second part: HTMLGroup) -> HTMLGroup { part }

    @inlinable public static func buildArray(_ parts: [HTMLGroup]) -> HTMLGroup {
        var markup: [UInt8] = []
        markup.reserveCapacity(parts.reduce(0) { $0 + $1.markup.count })
        for part in parts { markup.append(contentsOf: part.markup) }
        return HTMLGroup(markup: markup)
    }

    @inlinable public static func buildLimitedAvailability(_ part: HTMLGroup) -> HTMLGroup { part }
}

/// A sequence of markup rendered one after the other, with no wrapper of its own.
public struct HTMLGroup: HTML {
    public typealias Body = Never
    /// The pieces' markup, already escaped where it had to be.
    @usableFromInline var markup: [UInt8]

    @inlinable public init() { markup = [] }

    @inlinable init(markup: [UInt8]) { self.markup = markup }

    /// Builds a group from builder content, for components that take content from their caller.
    @inlinable public init(@HTMLBuilder _ content: () -> HTMLGroup) { self = content() }

    @inlinable public func render(into output: inout [UInt8]) {
        output.append(contentsOf: markup)
    }
}
