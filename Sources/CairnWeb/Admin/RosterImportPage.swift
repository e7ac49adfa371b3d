import CairnCore
import CairnHTML
/// Uploads a CSV roster to invite many members at once.
public struct RosterImportPage: HTML {
    /// The example shown on the page: the header row and two members.
    static let sample = """
        email,name,roles,school
        maya.okafor@riverbend.example,Maya Okafor,educator,Cedar Hill Elementary
        luis.ferreira@riverbend.example,Luis Ferreira,assessor;coach,
        """

    let context: PageContext
    let errors: FormErrors

    public init(context: PageContext, errors: FormErrors = FormErrors()) {
        self.context = context
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: "Import a roster", context: context, width: .narrow,
               lead: "Invite many people at once from a spreadsheet saved as CSV.") {
            ErrorSummary(errors)
            section(.class("panel panel--quiet"), .aria(.labelledby, "format-heading")) {
                h2(.id("format-heading")) { "What the file looks like" }
                p { "The first row names the columns. Then one person per row:" }
                ul {
                    li { strong { "email" }; " (required): where the invitation goes." }
                    li { strong { "name" }; " (required): the name colleagues will see." }
                    li {
                        strong { "roles" }
                        ": one or more of "
                        Role.allCases.map(\.rawValue).joined(separator: ", ")
                        ", separated by semicolons."
                    }
                    li { strong { "school" }; ": the school's name as listed under Schools, or empty." }
                }
                // Focusable, so a keyboard can scroll it when it is wider than the screen.
                pre(.class("sample"), .role("region"), .aria(.label, "Sample roster file"), .tabindex(0)) { code { Self.sample } }
            }
            PostForm(action: AdminEndpoints.importRoster.path(), csrfToken: context.csrfToken, multipart: true, class: "stack") {
                FileField(label: "Roster file", name: "roster", accept: ".csv,text/csv",
                          hint: "A .csv file. We check every row first and show you a report; people already in the organization are left as they are.",
                          error: errors["roster"])
                div(.class("actions")) {
                    SubmitButton("Import and send invitations")
                    ButtonLink("Cancel", to: AdminEndpoints.members.path(), style: .quiet)
                }
            }
        }
    }
}
