import CairnCore
import CairnHTML
/// What the admin typed in the invite form, kept when it comes back with errors.
public struct InviteMemberForm: Sendable, Hashable {
    public var email: String
    public var displayName: String
    /// Raw values of the checked roles (`Role.rawValue`).
    public var roles: Set<String>
    /// The chosen school's id, or `""` for none.
    public var school: String

    public init(email: String = "", displayName: String = "", roles: Set<String> = [], school: String = "") {
        self.email = email
        self.displayName = displayName
        self.roles = roles
        self.school = school
    }
}

/// Invites one person: they receive an email with a link to choose their password.
public struct InviteMemberPage: HTML {
    let context: PageContext
    let form: InviteMemberForm
    let schools: [Choice]
    let errors: FormErrors

    /// - Parameter schools: the organization's schools (value: id, label: name).
    public init(context: PageContext, form: InviteMemberForm = InviteMemberForm(), schools: [Choice],
                errors: FormErrors = FormErrors()) {
        self.context = context
        self.form = form
        self.schools = schools
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: "Invite a member", context: context, width: .narrow,
               lead: "We'll email an invitation with a link to join. It works once, for a limited time.") {
            ErrorSummary(errors)
            PostForm(action: AdminEndpoints.invite.path(), csrfToken: context.csrfToken, class: "stack") {
                TextField(label: "Email address", name: "email", value: form.email, kind: .email,
                          error: errors["email"], autocomplete: "off", required: true)
                TextField(label: "Name", name: "display_name", value: form.displayName,
                          hint: "They can change it when they accept.", error: errors["display_name"],
                          autocomplete: "off", required: true)
                RoleCheckboxes(selected: form.roles, error: errors["roles"])
                SelectField(label: "School", name: "school", choices: schools, selected: form.school,
                            emptyChoice: "No school (district-wide)", error: errors["school"])
                div(.class("actions")) {
                    SubmitButton("Send invitation")
                    ButtonLink("Cancel", to: AdminEndpoints.members.path(), style: .quiet)
                }
            }
        }
    }
}
