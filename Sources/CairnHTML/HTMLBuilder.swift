/// The result builder behind `body` and element contents.
///
/// A `String` is text, and is escaped; anything else must be `HTML`.
@resultBuilder
public enum HTMLBuilder {
    public static func buildExpression(_ text: String) -> HTMLGroup {
        HTMLGroup([HTMLText(text)])
    }

    public static func buildExpression(_ content: some HTML) -> HTMLGroup {
        HTMLGroup([content])
    }

    public static func buildExpression(_ group: HTMLGroup) -> HTMLGroup {
        group
    }

    public static func buildBlock(_ parts: HTMLGroup...) -> HTMLGroup {
        HTMLGroup(parts.flatMap(\.parts))
    }

    public static func buildOptional(_ part: HTMLGroup?) -> HTMLGroup {
        part ?? HTMLGroup()
    }

    public static func buildEither(first part: HTMLGroup) -> HTMLGroup { part }

    public static func buildEither(second part: HTMLGroup) -> HTMLGroup { part }

    public static func buildArray(_ parts: [HTMLGroup]) -> HTMLGroup {
        HTMLGroup(parts.flatMap(\.parts))
    }

    public static func buildLimitedAvailability(_ part: HTMLGroup) -> HTMLGroup { part }
}

/// A sequence of markup rendered one after the other, with no wrapper of its own.
public struct HTMLGroup: HTML {
    public typealias Body = Never
    let parts: [any HTML]

    public init() { parts = [] }

    init(_ parts: [any HTML]) { self.parts = parts }

    /// Builds a group from builder content, for components that take content from their caller.
    public init(@HTMLBuilder _ content: () -> HTMLGroup) { self = content() }

    public func render(into output: inout String) {
        for part in parts { part.render(into: &output) }
    }
}
