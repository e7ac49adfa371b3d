/// A labelled file input with its hint and error; the form around it must be multipart.
public struct FileField: HTML {
    let labelText: String
    let name: String
    let accept: String?
    let hint: String?
    let error: String?

    /// - Parameter accept: the file types offered, such as `.csv,text/csv`.
    public init(label: String, name: String, accept: String? = nil, hint: String? = nil, error: String? = nil) {
        self.labelText = label
        self.name = name
        self.accept = accept
        self.hint = hint
        self.error = error
    }

    public var body: some HTML {
        div(.class(error == nil ? "field" : "field field--error")) {
            label(.for(FieldID.of(name)), .class("field__label")) { labelText }
            if let hint { p(.class("hint"), .id(FieldID.hint(name))) { hint } }
            if let error { FieldErrorMessage(id: FieldID.error(name), message: error) }
            input(.id(FieldID.of(name)), .name(name), .type(.file), .class("file-input"),
                  accept.map { .accept($0) },
                  .describedBy((hint == nil ? [] : [FieldID.hint(name)]) + (error == nil ? [] : [FieldID.error(name)])),
                  .invalid(error != nil), .required)
        }
    }
}
