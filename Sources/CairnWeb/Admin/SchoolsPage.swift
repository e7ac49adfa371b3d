import CairnHTML

/// One school in the organization's list.
public struct SchoolRow: Sendable, Hashable {
    public var name: String
    public var memberCount: Int

    public init(name: String, memberCount: Int) {
        self.name = name
        self.memberCount = memberCount
    }
}

/// The organization's schools, and a form to add one.
public struct SchoolsPage: HTML {
    let context: PageContext
    let schools: [SchoolRow]
    let name: String
    let errors: FormErrors

    /// - Parameter name: what was typed in the add form, kept after an error.
    public init(context: PageContext, schools: [SchoolRow], name: String = "", errors: FormErrors = FormErrors()) {
        self.context = context
        self.schools = schools
        self.name = name
        self.errors = errors
    }

    static var columns: [DataTable<SchoolRow>.Column] { [
        .init("School", rowHeader: true) { row in row.name },
        .init("Members") { row in "\(row.memberCount)" },
    ] }

    public var body: some HTML {
        Layout(title: "Schools", context: context,
               lead: "Members can belong to one school; district staff can belong to none.") {
            DataTable(id: "schools", caption: "Schools in \(context.organizationName ?? "this organization")",
                      columns: Self.columns, rows: schools, emptyMessage: "No schools yet. Add the first one below.")
            section(.class("panel"), .aria(.labelledby, "add-school-heading")) {
                h2(.id("add-school-heading")) { "Add a school" }
                ErrorSummary(errors)
                PostForm(action: AdminEndpoints.schools.path(), csrfToken: context.csrfToken, class: "stack") {
                    TextField(label: "School name", name: "name", value: name, error: errors["name"],
                              autocomplete: "off", required: true)
                    SubmitButton("Add school")
                }
            }
        }
    }
}
