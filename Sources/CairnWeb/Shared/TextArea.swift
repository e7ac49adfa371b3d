/// A labelled multi-line text field with its hint and error; what was typed is kept.
public struct TextArea: HTML {
    let labelText: String
    let name: String
    let value: String
    let rows: Int
    let hint: String?
    let error: String?
    let isRequired: Bool

    /// - Parameter rows: the visible height in lines.
    public init(label: String, name: String, value: String = "", rows: Int = 4, hint: String? = nil,
                error: String? = nil, required: Bool = false) {
        self.labelText = label
        self.name = name
        self.value = value
        self.rows = rows
        self.hint = hint
        self.error = error
        self.isRequired = required
    }

    var describedBy: [String] {
        (hint == nil ? [] : [FieldID.hint(name)]) + (error == nil ? [] : [FieldID.error(name)])
    }

    public var body: some HTML {
        div(.class(error == nil ? "field field--wide" : "field field--wide field--error")) {
            label(.for(FieldID.of(name)), .class("field__label")) { labelText }
            if let hint { p(.class("hint"), .id(FieldID.hint(name))) { hint } }
            if let error { FieldErrorMessage(id: FieldID.error(name), message: error) }
            textarea(.id(FieldID.of(name)), .name(name), .class("input textarea"), .rows(rows),
                     .describedBy(describedBy), .invalid(error != nil), isRequired ? .required : nil) {
                // A textarea drops one newline right after its start tag: keep a leading one typed.
                if value.hasPrefix("\n") { "\n" }
                value
            }
        }
    }
}
