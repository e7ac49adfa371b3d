import CairnCore
import CairnHTML

/// The admin's form to award a microcredential directly to many educators: choose it, paste the
/// addresses (one per line, optionally `email, narrative`) or upload a CSV, and an optional narrative for all.
struct BulkAwardPage: HTML {
    /// The form's fields.
    enum Field {
        static let microcredential = "microcredential", emails = "emails", file = "list", narrative = "narrative", report = "report"
    }

    /// What the admin typed, kept when the form comes back with errors.
    struct Typed {
        var microcredential = "", emails = "", narrative = "", report = Report.page.rawValue
    }

    /// How the report comes back: a page, or a CSV file to download.
    enum Report: String {
        case page, csv
    }

    /// The example shown on the page: the header row and two educators.
    static let sample = """
        email,narrative
        maya.okafor@riverbend.example,Led the district's summer institute on questioning.
        luis.ferreira@riverbend.example,
        """

    let context: PageContext
    let choices: [Choice]
    let typed: Typed
    let errors: FormErrors

    var body: some HTML {
        Layout(title: "Award a microcredential", context: context, width: .narrow,
               lead: "Award a microcredential directly to a list of educators, without submissions: each gets their signed credential.") {
            ErrorSummary(errors)
            if choices.isEmpty {
                p { "Your organization has no published microcredential to award yet." }
            } else {
                PostForm(action: CredentialEndpoints.saveBulkAward.path(), csrfToken: context.csrfToken, multipart: true, class: "stack") {
                    SelectField(label: "Microcredential", name: Field.microcredential, choices: choices, selected: typed.microcredential,
                                emptyChoice: "Choose one", hint: "Its latest published version is awarded.", error: errors[Field.microcredential])
                    TextArea(label: "Educators' email addresses", name: Field.emails, value: typed.emails, rows: 8,
                             hint: "One per line. To give someone their own narrative, add it after a comma: email, narrative.",
                             error: errors[Field.emails])
                    FileField(label: "Or a CSV file", name: Field.file, accept: ".csv,text/csv",
                              hint: "Instead of pasting: a header row naming email and, if you like, narrative; then one educator per row.",
                              error: errors[Field.file], required: false)
                    // Focusable, so a keyboard can scroll it when it is wider than the screen.
                    pre(.class("sample"), .role("region"), .aria(.label, "Sample CSV file"), .tabindex(0)) { code { Self.sample } }
                    TextArea(label: "Narrative (optional)", name: Field.narrative, value: typed.narrative, rows: 3,
                             hint: "Why they are awarded it, shown in each credential that has no narrative of its own. Markdown is allowed.",
                             error: errors[Field.narrative])
                    p { "Each row is awarded on its own: a row that cannot be awarded is reported and never stops the others. At most \(DirectAwardList.maxRows) rows at a time." }
                    RadioGroup(legend: "The report", name: Field.report, choices: [
                        Choice(value: Report.page.rawValue, label: "Show it on a page"),
                        Choice(value: Report.csv.rawValue, label: "Download it as a CSV file (one row per line of the list, with each credential's address or the reason)"),
                    ], selected: typed.report, hint: nil, error: nil)
                    div(.class("actions")) {
                        SubmitButton("Award")
                        ButtonLink("Cancel", to: CredentialEndpoints.issued.path(), style: .quiet)
                    }
                }
            }
        }
    }
}
