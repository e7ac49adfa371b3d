import CairnHTML

/// A labelled select with its hint and error; the chosen value stays chosen.
public struct SelectField: HTML {
    let labelText: String
    let name: String
    let choices: [Choice]
    let selected: String?
    let emptyChoice: String?
    let hint: String?
    let error: String?

    /// - Parameter emptyChoice: the label of a first option with value `""` (such as "No school"); none when `nil`.
    public init(label: String, name: String, choices: [Choice], selected: String? = nil,
                emptyChoice: String? = nil, hint: String? = nil, error: String? = nil) {
        self.labelText = label
        self.name = name
        self.choices = choices
        self.selected = selected
        self.emptyChoice = emptyChoice
        self.hint = hint
        self.error = error
    }

    public var body: some HTML {
        FieldFrame(label: labelText, name: name, hint: hint, error: error) {
            select(.id(FieldID.of(name)), .name(name), .class("select"),
                   .describedBy(FieldFrame.describedBy(name: name, hint: hint, error: error)), .invalid(error != nil)) {
                if let emptyChoice {
                    option(.value(""), (selected ?? "").isEmpty ? .selected : nil) { emptyChoice }
                }
                for choice in choices {
                    option(.value(choice.value), selected == choice.value ? .selected : nil) { choice.label }
                }
            }
        }
    }
}
