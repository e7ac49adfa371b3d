/// What every labelled field shares: the label, the hint and the error above the control,
/// which names them in its `aria-describedby`.
struct FieldFrame: HTML {
    let labelText: String
    let name: String
    let hint: String?
    let error: String?
    let control: HTMLGroup

    init(label: String, name: String, hint: String?, error: String?, @HTMLBuilder control: () -> HTMLGroup) {
        self.labelText = label
        self.name = name
        self.hint = hint
        self.error = error
        self.control = control()
    }

    /// The ids a field's control lists in `aria-describedby`: its hint and its error, when present.
    static func describedBy(name: String, hint: String?, error: String?) -> [String] {
        (hint == nil ? [] : [FieldID.hint(name)]) + (error == nil ? [] : [FieldID.error(name)])
    }

    var body: some HTML {
        div(.class(error == nil ? "field" : "field field--error")) {
            label(.for(FieldID.of(name)), .class("field__label")) { labelText }
            if let hint { p(.class("hint"), .id(FieldID.hint(name))) { hint } }
            if let error { FieldErrorMessage(id: FieldID.error(name), message: error) }
            control
        }
    }
}
