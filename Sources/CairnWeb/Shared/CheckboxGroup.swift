import CairnHTML

/// Several checkboxes sharing one name, in a fieldset whose legend asks the question.
///
/// The first checkbox has the group's field id (`roles`), so the error summary's link lands on it;
/// the others are `roles-<value>`.
public struct CheckboxGroup: HTML {
    let legendText: String
    let name: String
    let choices: [Choice]
    let selected: Set<String>
    let hint: String?
    let error: String?
    let key: String

    /// - Parameter key: what the ids (and the group's error in `FormErrors`) derive from; the name
    ///   unless several forms on one page share the name.
    public init(legend: String, name: String, choices: [Choice], selected: Set<String> = [],
                hint: String? = nil, error: String? = nil, key: String? = nil) {
        self.key = key ?? name
        self.legendText = legend
        self.name = name
        self.choices = choices
        self.selected = selected
        self.hint = hint
        self.error = error
    }

    public var body: some HTML {
        ChoiceFieldset(legend: legendText, name: key, hint: hint, error: error) {
            div(.class("checkboxes")) {
                for (index, choice) in choices.enumerated() {
                    let id = ChoiceFieldset.choiceID(name: key, index: index, value: choice.value)
                    let hintID = FieldID.of(key) + "-" + FieldID.of(choice.value) + "-hint"
                    div(.class("checkbox")) {
                        input(.id(id), .name(name), .type(.checkbox), .value(choice.value),
                              selected.contains(choice.value) ? .checked : nil,
                              choice.hint.map { _ in .describedBy([hintID]) } ?? nil)
                        label(.for(id), .class("checkbox__label")) { choice.label }
                        if let choiceHint = choice.hint { p(.class("hint checkbox__hint"), .id(hintID)) { choiceHint } }
                    }
                }
            }
        }
    }
}
