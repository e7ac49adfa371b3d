import CairnHTML

/// The hidden `_csrf` field every form that posts must carry.
public struct CSRFField: HTML {
    let token: String

    public init(token: String) { self.token = token }

    public var body: some HTML {
        input(.type(.hidden), .name("_csrf"), .value(token))
    }
}

/// A `<form method="post">` that always carries the CSRF field first.
///
/// Forms are `novalidate`: Cairn checks input on the server and shows its messages beside the
/// fields, the same way in every browser; `required` stays on fields for assistive technology.
public struct PostForm: HTML {
    let action: String
    let csrfToken: String
    let isMultipart: Bool
    let className: String?
    let content: HTMLGroup

    public init(action: String, csrfToken: String, multipart: Bool = false, class className: String? = nil,
                @HTMLBuilder content: () -> HTMLGroup) {
        self.action = action
        self.csrfToken = csrfToken
        self.isMultipart = multipart
        self.className = className
        self.content = content()
    }

    public typealias Body = Never

    /// Written straight into the page's bytes, the content copied once (a form may hold a whole table).
    public func render(into output: inout [UInt8]) {
        HTMLElement<HTMLTag.form>.write(.method(.post), .action(action), isMultipart ? .multipart : nil, .novalidate,
                                        className.map { .class($0) }, into: &output) { output in
            CSRFField(token: csrfToken).render(into: &output)
            content.render(into: &output)
        }
    }
}

/// A submit button.
public struct SubmitButton: HTML {
    /// `primary` is the page's main action; `secondary` another; `danger` one that takes something
    /// away (deactivate); `quiet` looks like a link (sign out).
    public enum Style: Sendable {
        case primary, secondary, danger, quiet

        /// The button's classes, written out once rather than put together for each button.
        var classes: String {
            switch self {
            case .primary: "button button--primary"
            case .secondary: "button button--secondary"
            case .danger: "button button--danger"
            case .quiet: "button button--quiet"
            }
        }
    }

    let text: String
    let style: Style
    let name: String?
    let value: String?
    let formAction: String?

    /// - Parameters:
    ///   - name, value: sent with the form when this button is the one pressed.
    ///   - formAction: where the form posts when this button sends it (one form, several actions).
    public init(_ text: String, style: Style = .primary, name: String? = nil, value: String? = nil, postingTo formAction: String? = nil) {
        self.text = text
        self.style = style
        self.name = name
        self.value = value
        self.formAction = formAction
    }

    public var body: some HTML {
        button(.type(.submit), .class(style.classes),
               name.map { .name($0) }, value.map { .value($0) }, formAction.flatMap { .formaction($0) }) { text }
    }
}

/// A link styled as a button, for actions that only navigate ("Invite a member").
public struct ButtonLink: HTML {
    let text: String
    let path: String
    let classes: String

    /// - Parameter className: a class added to the style's, for one kind of link (`queue-continue`).
    public init(_ text: String, to path: String, style: SubmitButton.Style = .primary, class className: String? = nil) {
        self.text = text
        self.path = path
        self.classes = className.map { style.classes + " " + $0 } ?? style.classes
    }

    public var body: some HTML {
        a(.class(classes), .href(path)) { text }
    }
}
