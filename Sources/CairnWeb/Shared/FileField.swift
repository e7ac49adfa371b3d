/// A labelled file input with its hint and error; the form around it must be multipart.
public struct FileField: HTML {
    let labelText: String
    let name: String
    let accept: String?
    let hint: String?
    let error: String?
    let isRequired: Bool

    /// - Parameters:
    ///   - accept: the file types offered, such as `.csv,text/csv`.
    ///   - required: whether the form needs a file (not when it can also change what is already stored).
    public init(label: String, name: String, accept: String? = nil, hint: String? = nil, error: String? = nil,
                required: Bool = true) {
        self.labelText = label
        self.name = name
        self.accept = accept
        self.hint = hint
        self.error = error
        self.isRequired = required
    }

    public var body: some HTML {
        FieldFrame(label: labelText, name: name, hint: hint, error: error) {
            input(.id(FieldID.of(name)), .name(name), .type(.file), .class("file-input"),
                  accept.map { .accept($0) },
                  .describedBy(FieldFrame.describedBy(name: name, hint: hint, error: error)),
                  .invalid(error != nil), isRequired ? .required : nil)
        }
    }
}
