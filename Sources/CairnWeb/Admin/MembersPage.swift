import CairnApp
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

/// The organization's members, with what each can do and a way to change it: a page at a time,
/// found by name or email; invitations not accepted yet come first.
public struct MembersPage: HTML {
    /// Members per page.
    static let pageSize = Members.pageSize

    let context: PageContext
    /// This page's members.
    let members: [MemberRow]
    /// Invitations not accepted yet, shown above the members.
    let invitations: [MemberRow]
    /// The text searched for in names and emails (blank: everyone).
    let search: String
    /// 1 for the first page.
    let page: Int
    /// Members on every page; nil for a search, which is not counted.
    let total: Int?

    public init(context: PageContext, members: [MemberRow], invitations: [MemberRow], search: String, page: Int, total: Int?) {
        self.context = context
        self.members = members
        self.invitations = invitations
        self.search = search
        self.page = page
        self.total = total
    }

    /// Every member (and invitation) on one page.
    public init(context: PageContext, rows: [MemberRow]) {
        let members = rows.filter { $0.status != .invited }
        self.init(context: context, members: members, invitations: rows.filter { $0.status == .invited }, search: "", page: 1,
                  total: members.count)
    }

    var rows: [MemberRow] { invitations + members }

    /// Whether a page follows this one.
    var hasNextPage: Bool { total.map { page * Self.pageSize < $0 } ?? (members.count >= Self.pageSize) }

    /// This list's URL at another page, keeping the search.
    func link(toPage number: Int) -> String {
        AdminEndpoints.members.path(query: (search.isEmpty ? [] : [.search(search)]) + [.page(number)])
    }

    var caption: String {
        let first = (page - 1) * Self.pageSize + 1, last = first + members.count - 1
        let waiting = invitations.isEmpty ? "" : ", and \(Wording.count(invitations.count, "invitation")) waiting for an answer"
        guard let total else {
            let shown = page == 1 && !hasNextPage ? Wording.count(members.count, "member") : "Members \(first)–\(last)"
            return "\(shown) matching “\(search)”" + waiting
        }
        guard total > Self.pageSize else { return Wording.count(total, "member") + waiting }
        return "\(first)–\(last) of \(total) members" + waiting
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
            form(.method(.get), .action(AdminEndpoints.members.path()), .class("search"), .role("search"), .aria(.label, "Search the members")) {
                label(.for("q"), .class("field__label")) { "Find a member" }
                div(.class("search__row")) {
                    input(.id("q"), .name("q"), .type(.search), .class("input"), search.isEmpty ? nil : .value(search),
                          .describedBy(["q-hint"]))
                    SubmitButton("Search")
                }
                p(.class("hint"), .id("q-hint")) { "Part of a name or an email address." }
            }
            DataTable(id: "members", caption: caption, columns: columns, rows: rows,
                      emptyMessage: search.isEmpty ? "No members yet. Invite your first colleagues, or import a roster."
                                                   : "Nobody’s name or email contains “\(search)”.")
            if page > 1 || hasNextPage {
                nav(.class("pagination"), .aria(.label, "Pages of members")) {
                    if page > 1 { a(.href(link(toPage: page - 1))) { "Previous page" } }
                    if hasNextPage { a(.href(link(toPage: page + 1))) { "Next page" } }
                }
            }
        }
    }
}
