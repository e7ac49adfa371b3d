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

    public init(legend: String, name: String, choices: [Choice], selected: Set<String> = [],
                hint: String? = nil, error: String? = nil) {
        self.legendText = legend
        self.name = name
        self.choices = choices
        self.selected = selected
        self.hint = hint
        self.error = error
    }

    func checkboxID(_ index: Int, _ choice: Choice) -> String {
        index == 0 ? FieldID.of(name) : FieldID.of(name) + "-" + FieldID.of(choice.value)
    }

    var describedBy: [String] {
        (hint == nil ? [] : [FieldID.hint(name)]) + (error == nil ? [] : [FieldID.error(name)])
    }

    public var body: some HTML {
        div(.class(error == nil ? "field" : "field field--error")) {
            fieldset(.class("fieldset"), .describedBy(describedBy)) {
                legend(.class("fieldset__legend")) { legendText }
                if let hint { p(.class("hint"), .id(FieldID.hint(name))) { hint } }
                if let error { FieldErrorMessage(id: FieldID.error(name), message: error) }
                div(.class("checkboxes")) {
                    for (index, choice) in choices.enumerated() {
                        let id = checkboxID(index, choice)
                        let hintID = FieldID.of(name) + "-" + FieldID.of(choice.value) + "-hint"
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
}
