import CairnHTML

/// Starts a microcredential: only its title (field `title`); everything else is written in the editor.
public struct NewMicrocredentialPage: HTML {
    let context: PageContext
    let title: String
    let errors: FormErrors

    public init(context: PageContext, title: String = "", errors: FormErrors = FormErrors()) {
        self.context = context
        self.title = title
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: "New microcredential", context: context, width: .narrow,
               lead: "Name the competency it recognizes. You'll write the objectives, evidence and rubric next.") {
            ErrorSummary(errors)
            PostForm(action: StudioEndpoints.new.path(), csrfToken: context.csrfToken, class: "stack") {
                TextField(label: "Title", name: "title", value: title,
                          hint: "Short and specific, such as “Checks for Understanding”.", error: errors["title"], required: true)
                div(.class("actions")) {
                    SubmitButton("Create the draft")
                    ButtonLink("Cancel", to: StudioEndpoints.list.path(), style: .quiet)
                }
            }
        }
    }
}
