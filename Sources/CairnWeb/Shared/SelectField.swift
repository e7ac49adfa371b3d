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

    var describedBy: [String] {
        (hint == nil ? [] : [FieldID.hint(name)]) + (error == nil ? [] : [FieldID.error(name)])
    }

    public var body: some HTML {
        div(.class(error == nil ? "field" : "field field--error")) {
            label(.for(FieldID.of(name)), .class("field__label")) { labelText }
            if let hint { p(.class("hint"), .id(FieldID.hint(name))) { hint } }
            if let error { FieldErrorMessage(id: FieldID.error(name), message: error) }
            select(.id(FieldID.of(name)), .name(name), .class("select"),
                   .describedBy(describedBy), .invalid(error != nil)) {
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
