/// What was wrong with a submitted form: a message per field, in the form's order, and
/// optionally one message about the form as a whole.
public struct FormErrors: Sendable, Equatable {
    /// One field's problem; `fieldID` is where the error summary links to.
    public struct Entry: Sendable, Equatable {
        public let field: String
        public let fieldID: String
        public let message: String
    }

    public private(set) var entries: [Entry] = []
    /// A problem with the whole form, such as a sign-in that does not match an account.
    public var formMessage: String?

    public init(formMessage: String? = nil) {
        self.formMessage = formMessage
    }

    /// Records `message` for the field named `field` (its `name` attribute).
    public mutating func add(_ message: String, for field: String) {
        entries.append(Entry(field: field, fieldID: FieldID.of(field), message: message))
    }

    /// The message for a field, if it has one.
    public subscript(field: String) -> String? {
        entries.first { $0.field == field }?.message
    }

    public var isEmpty: Bool { entries.isEmpty && formMessage == nil }
}

/// The ids a form field's parts get, derived from its name: `display_name` → `display-name`,
/// `display-name-hint`, `display-name-error`.
enum FieldID {
    static func of(_ name: String) -> String {
        String(name.map { $0 == "_" ? "-" : $0 })
    }
    static func hint(_ name: String) -> String { of(name) + "-hint" }
    static func error(_ name: String) -> String { of(name) + "-error" }
}
