import CairnHTML

/// What every labelled field shares: the label, the hint and the error above the control,
/// which names them in its `aria-describedby`.
struct FieldFrame: HTML {
    let labelText: String
    let name: String
    let hint: String?
    let error: String?
    let isWide: Bool
    let control: HTMLGroup

    /// - Parameter wide: lets the control span the form's width (text areas).
    init(label: String, name: String, hint: String?, error: String?, wide: Bool = false, @HTMLBuilder control: () -> HTMLGroup) {
        self.labelText = label
        self.name = name
        self.hint = hint
        self.error = error
        self.isWide = wide
        self.control = control()
    }

    /// The ids a field's control lists in `aria-describedby`: its hint and its error, when present.
    static func describedBy(name: String, hint: String?, error: String?) -> [String] {
        (hint == nil ? [] : [FieldID.hint(name)]) + (error == nil ? [] : [FieldID.error(name)])
    }

    var body: some HTML {
        div(.class((isWide ? "field field--wide" : "field") + (error == nil ? "" : " field--error"))) {
            label(.for(FieldID.of(name)), .class("field__label")) { labelText }
            if let hint { p(.class("hint"), .id(FieldID.hint(name))) { hint } }
            if let error { FieldErrorMessage(id: FieldID.error(name), message: error) }
            control
        }
    }
}

/// What groups of choices (checkboxes, radios) share: a fieldset whose legend asks the question,
/// the hint and the error, then the choices.
struct ChoiceFieldset: HTML {
    let legendText: String
    let name: String
    let hint: String?
    let error: String?
    let choices: HTMLGroup

    init(legend: String, name: String, hint: String?, error: String?, @HTMLBuilder choices: () -> HTMLGroup) {
        self.legendText = legend
        self.name = name
        self.hint = hint
        self.error = error
        self.choices = choices()
    }

    /// The id of one choice's input: the first has the group's field id, so an error summary's
    /// link lands on it; the others are `<name>-<value>`.
    static func choiceID(name: String, index: Int, value: String) -> String {
        index == 0 ? FieldID.of(name) : FieldID.of(name) + "-" + FieldID.of(value)
    }

    var body: some HTML {
        div(.class(error == nil ? "field" : "field field--error")) {
            fieldset(.class("fieldset"), .describedBy(FieldFrame.describedBy(name: name, hint: hint, error: error))) {
                legend(.class("fieldset__legend")) { legendText }
                if let hint { p(.class("hint"), .id(FieldID.hint(name))) { hint } }
                if let error { FieldErrorMessage(id: FieldID.error(name), message: error) }
                choices
            }
        }
    }
}
