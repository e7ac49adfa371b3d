import CairnHTML

/// The box at the top of a form that failed: what went wrong, each item a link to its field.
///
/// Renders nothing when there is no error.
public struct ErrorSummary: HTML {
    let errors: FormErrors

    public init(_ errors: FormErrors) { self.errors = errors }

    public var body: some HTML {
        if !errors.isEmpty {
            div(.class("error-summary"), .role("alert"), .aria(.labelledby, "error-summary-title"), .tabindex(-1)) {
                h2(.id("error-summary-title"), .class("error-summary__title")) { "There is a problem" }
                if let message = errors.formMessage { p { message } }
                if !errors.entries.isEmpty {
                    ul(.class("error-summary__list")) {
                        for entry in errors.entries {
                            li { a(.href("#" + entry.fieldID)) { entry.message } }
                        }
                    }
                }
            }
        }
    }
}

/// The error message shown beside a field, with a hidden "Error:" for screen readers.
struct FieldErrorMessage: HTML {
    let id: String
    let message: String

    var body: some HTML {
        p(.class("field-error"), .id(id)) {
            span(.class("visually-hidden")) { "Error: " }
            message
        }
    }
}
