import CairnCore
import CairnHTML
/// The member an admin is editing.
public struct MemberDetail: Sendable, Hashable {
    public var id: Membership.ID
    public var name: String
    public var email: String
    public var school: String?
    public var status: MemberStatus
    public var roles: Set<Role>

    public init(id: Membership.ID, name: String, email: String, school: String?, status: MemberStatus, roles: Set<Role>) {
        self.id = id
        self.name = name
        self.email = email
        self.school = school
        self.status = status
        self.roles = roles
    }
}

/// Changes a member's roles, and deactivates or reactivates them.
public struct EditMemberPage: HTML {
    let context: PageContext
    let member: MemberDetail
    let selectedRoles: Set<String>
    let errors: FormErrors

    /// - Parameter selectedRoles: the roles checked on a form that came back with errors; the member's roles otherwise.
    public init(context: PageContext, member: MemberDetail, selectedRoles: Set<String>? = nil,
                errors: FormErrors = FormErrors()) {
        self.context = context
        self.member = member
        self.selectedRoles = selectedRoles ?? Set(member.roles.map(\.rawValue))
        self.errors = errors
    }

    public var body: some HTML {
        Layout(title: member.name, context: context, width: .narrow) {
            p(.class("breadcrumb")) { a(.href(AdminEndpoints.members.path())) { "All members" } }
            dl(.class("facts")) {
                div { dt { "Email" }; dd { member.email } }
                div { dt { "School" }; dd { member.school ?? "No school" } }
                div { dt { "Status" }; dd { StatusBadge(status: member.status) } }
            }
            ErrorSummary(errors)
            PostForm(action: AdminEndpoints.saveRoles.path(member.id), csrfToken: context.csrfToken, class: "stack") {
                RoleCheckboxes(selected: selectedRoles, error: errors["roles"])
                SubmitButton("Save roles")
            }
            section(.class("panel panel--quiet"), .aria(.labelledby, "access-heading")) {
                h2(.id("access-heading")) { "Access" }
                if member.status == .deactivated {
                    p { "\(member.name) can't sign in to this organization. Their work stays on record." }
                    PostForm(action: AdminEndpoints.reactivate.path(member.id), csrfToken: context.csrfToken) {
                        SubmitButton("Reactivate \(member.name)", style: .secondary)
                    }
                } else {
                    p { "Deactivating signs \(member.name) out and stops them signing in here. Their submissions, reviews and credentials stay on record, and you can reactivate them later." }
                    PostForm(action: AdminEndpoints.deactivate.path(member.id), csrfToken: context.csrfToken) {
                        SubmitButton("Deactivate \(member.name)", style: .danger)
                    }
                }
            }
        }
    }
}
