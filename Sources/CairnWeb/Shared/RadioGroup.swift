import CairnHTML

/// Radio buttons sharing one name, in a fieldset whose legend asks the question.
///
/// The first radio has the group's field id (`relevance`), so an error summary's link lands on
/// it; the others are `relevance-<value>`. `inline` lays short choices (1–5, yes/no) in a row.
public struct RadioGroup: HTML {
    let legendText: String
    let name: String
    let choices: [Choice]
    let selected: String?
    let hint: String?
    let error: String?
    let isInline: Bool

    public init(legend: String, name: String, choices: [Choice], selected: String? = nil,
                hint: String? = nil, error: String? = nil, inline: Bool = false) {
        self.legendText = legend
        self.name = name
        self.choices = choices
        self.selected = selected
        self.hint = hint
        self.error = error
        self.isInline = inline
    }

    public var body: some HTML {
        ChoiceFieldset(legend: legendText, name: name, hint: hint, error: error) {
            div(.class(isInline ? "radios radios--inline" : "radios")) {
                for (index, choice) in choices.enumerated() {
                    let id = ChoiceFieldset.choiceID(name: name, index: index, value: choice.value)
                    div(.class("radio")) {
                        input(.id(id), .name(name), .type(.radio), .value(choice.value),
                              selected == choice.value ? .checked : nil)
                        label(.for(id), .class("radio__label")) { choice.label }
                    }
                }
            }
        }
    }
}
