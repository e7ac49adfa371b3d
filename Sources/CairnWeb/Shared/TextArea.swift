import CairnHTML

/// A labelled multi-line text field with its hint and error; what was typed is kept.
public struct TextArea: HTML {
    let labelText: String
    let name: String
    let value: String
    let rows: Int
    let hint: String?
    let error: String?
    let isRequired: Bool
    let data: [(name: String, value: String)]

    /// - Parameters:
    ///   - rows: the visible height in lines.
    ///   - data: `data-*` attributes for a script (`("autosave", "")` → `data-autosave=""`).
    public init(label: String, name: String, value: String = "", rows: Int = 4, hint: String? = nil,
                error: String? = nil, required: Bool = false, data: [(name: String, value: String)] = []) {
        self.data = data
        self.labelText = label
        self.name = name
        self.value = value
        self.rows = rows
        self.hint = hint
        self.error = error
        self.isRequired = required
    }

    public var body: some HTML {
        FieldFrame(label: labelText, name: name, hint: hint, error: error, wide: true) {
            textarea(attributes: [.id(FieldID.of(name)), .name(name), .class("input textarea"), .rows(rows),
                                  .describedBy(FieldFrame.describedBy(name: name, hint: hint, error: error)), .invalid(error != nil),
                                  isRequired ? .required : nil] + data.map { .data($0.name, $0.value) }) {
                // A textarea drops one newline right after its start tag: keep a leading one typed.
                if value.hasPrefix("\n") { "\n" }
                value
            }
        }
    }
}
