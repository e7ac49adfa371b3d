import CairnCore
import CairnHTML
/// One member in the admin's list.
public struct MemberRow: Sendable, Hashable {
    /// The membership's id; nil for an invitation not accepted yet.
    public var id: Membership.ID?
    public var name: String
    public var email: String
    /// Role labels, such as "Assessor" (see `Role.displayName`).
    public var roles: [String]
    public var school: String?
    public var status: MemberStatus
    /// Where the admin edits this member; nil for an invitation not accepted yet (invite again to change it).
    public var editURL: String?
    /// Where the admin withdraws the invitation this row stands for, if it is one.
    public var withdrawURL: String?

    public init(id: Membership.ID?, name: String, email: String, roles: [String], school: String?, status: MemberStatus,
                withdrawURL: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.roles = roles
        self.school = school
        self.status = status
        self.editURL = id.map { AdminEndpoints.editMember.path($0) }
        self.withdrawURL = withdrawURL
    }
}

/// The organization's members, with what each can do and a way to change it.
public struct MembersPage: HTML {
    let context: PageContext
    let rows: [MemberRow]

    public init(context: PageContext, rows: [MemberRow]) {
        self.context = context
        self.rows = rows
    }

    var columns: [DataTable<MemberRow>.Column] { [
        .init("Name", rowHeader: true) { row in row.name },
        .init("Email") { row in row.email },
        .init("Roles") { row in row.roles.isEmpty ? "None" : row.roles.joined(separator: ", ") },
        .init("School") { row in row.school ?? "—" },
        .init("Status") { row in StatusBadge(status: row.status) },
        .init("Actions", hideHeader: true) { row in
            if let editURL = row.editURL {
                a(.href(editURL)) {
                    "Edit"
                    span(.class("visually-hidden")) { " \(row.name)" }
                }
            } else {
                span(.class("hint")) { "Waiting for an answer" }
                if let withdrawURL = row.withdrawURL {
                    PostForm(action: withdrawURL, csrfToken: context.csrfToken, class: "inline-form") {
                        button(.type(.submit), .class("button button--quiet")) {
                            "Withdraw"
                            span(.class("visually-hidden")) { " the invitation of \(row.name)" }
                        }
                    }
                }
            }
        },
    ] }

    public var body: some HTML {
        Layout(title: "Members", context: context,
               lead: "Everyone in \(context.organizationName ?? "your organization") and the roles they hold.") {
            div(.class("actions")) {
                ButtonLink("Invite a member", to: AdminEndpoints.invite.path())
                ButtonLink("Import a roster", to: AdminEndpoints.importRoster.path(), style: .secondary)
            }
            DataTable(id: "members", caption: "\(rows.count) \(rows.count == 1 ? "member" : "members")",
                      columns: columns, rows: rows,
                      emptyMessage: "No members yet. Invite your first colleagues, or import a roster.")
        }
    }
}
