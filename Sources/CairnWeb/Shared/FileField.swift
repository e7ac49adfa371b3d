import CairnHTML

/// A labelled file input with its hint and error; the form around it must be multipart.
public struct FileField: HTML {
    let labelText: String
    let name: String
    let accept: String?
    let hint: String?
    let error: String?
    let isRequired: Bool
    let key: String
    let isResumable: Bool

    /// - Parameters:
    ///   - accept: the file types offered, such as `.csv,text/csv`.
    ///   - required: whether the form needs a file (not when it can also change what is already stored).
    ///   - key: what the field's ids (and its error in `FormErrors`) derive from; the name unless
    ///     several forms on one page share the name.
    ///   - resumable: marks it `data-resumable-upload`, for `uploads.js` (the page must load it).
    public init(label: String, name: String, accept: String? = nil, hint: String? = nil, error: String? = nil,
                required: Bool = true, key: String? = nil, resumable: Bool = false) {
        self.labelText = label
        self.name = name
        self.accept = accept
        self.hint = hint
        self.error = error
        self.isRequired = required
        self.key = key ?? name
        self.isResumable = resumable
    }

    public var body: some HTML {
        FieldFrame(label: labelText, name: key, hint: hint, error: error) {
            input(.id(FieldID.of(key)), .name(name), .type(.file), .class("file-input"),
                  accept.map { .accept($0) },
                  .describedBy(FieldFrame.describedBy(name: key, hint: hint, error: error)),
                  .invalid(error != nil), isRequired ? .required : nil, isResumable ? .data("resumable-upload", "") : nil)
        }
    }
}
