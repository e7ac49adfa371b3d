import CairnHTML

/// A one-time message shown at the top of the next page, after a redirect.
public struct Flash: Sendable, Hashable {
    /// A success is announced politely (`role="status"`), an error at once (`role="alert"`).
    public enum Kind: String, Sendable { case success, error }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// The flash messages of a page, each in its own live region.
struct FlashMessages: HTML {
    let messages: [Flash]

    var body: some HTML {
        for message in messages {
            switch message.kind {
            case .success:
                div(.class("flash flash--success"), .role("status")) { p { message.message } }
            case .error:
                div(.class("flash flash--error"), .role("alert")) { p { message.message } }
            }
        }
    }
}
