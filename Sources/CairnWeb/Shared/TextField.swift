import CairnHTML

/// A labelled text, email or password input with its hint and error.
///
/// The error sits between the label and the input, and both hint and error are named by the
/// input's `aria-describedby`; a field with an error is `aria-invalid`. The value typed is kept,
/// except in a password field, which never echoes what was typed.
public struct TextField: HTML {
    /// The kinds of text field.
    public enum Kind: Sendable {
        /// `decimal` is a text input that brings up a number keyboard and accepts "1.5".
        case text, email, password, decimal

        var inputType: InputType {
            switch self {
            case .text, .decimal: .text
            case .email: .email
            case .password: .password
            }
        }
    }

    let labelText: String
    let name: String
    let value: String
    let kind: Kind
    let hint: String?
    let error: String?
    let autocomplete: String?
    let isRequired: Bool

    public init(label: String, name: String, value: String = "", kind: Kind = .text, hint: String? = nil,
                error: String? = nil, autocomplete: String? = nil, required: Bool = false) {
        self.labelText = label
        self.name = name
        self.value = value
        self.kind = kind
        self.hint = hint
        self.error = error
        self.autocomplete = autocomplete
        self.isRequired = required
    }

    public var body: some HTML {
        FieldFrame(label: labelText, name: name, hint: hint, error: error) {
            input(
                .id(FieldID.of(name)), .name(name), .type(kind.inputType), .class("input"),
                kind == .password || value.isEmpty ? nil : .value(value),
                .describedBy(FieldFrame.describedBy(name: name, hint: hint, error: error)), .invalid(error != nil),
                autocomplete.map { .autocomplete($0) },
                kind == .email ? .spellcheck(false) : nil,
                kind == .decimal ? .inputmode("decimal") : nil,
                isRequired ? .required : nil
            )
        }
    }
}
