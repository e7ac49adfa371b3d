import CairnCore
import CairnHTML
/// An organization the signed-in person belongs to, for the switcher.
public struct OrganizationChoice: Sendable, Hashable {
    /// The value posted as `organization` to switch to it.
    public var id: String
    public var name: String
    public var isCurrent: Bool

    public init(id: String, name: String, isCurrent: Bool) {
        self.id = id
        self.name = name
        self.isCurrent = isCurrent
    }
}

/// What the dashboard shows about the signed-in person.
public struct DashboardModel: Sendable, Hashable {
    public var name: String
    public var email: String
    public var organizationName: String
    public var schoolName: String?
    /// Roles in the current organization, in the order to show them.
    public var roles: [Role]
    /// Every organization the person belongs to; the switcher appears when there are several.
    public var organizations: [OrganizationChoice]
    /// The educator's microcredentials with their next steps (educators).
    public var progress: [EducatorProgressRow]
    /// The queue and calibration (assessors).
    public var assessor: AssessorOverview?
    /// The cohort's progress (coaches).
    public var cohort: Cohort

    public init(name: String, email: String, organizationName: String, schoolName: String? = nil,
                roles: [Role], organizations: [OrganizationChoice] = [], progress: [EducatorProgressRow] = [],
                assessor: AssessorOverview? = nil, cohort: Cohort = Cohort()) {
        self.name = name
        self.email = email
        self.organizationName = organizationName
        self.schoolName = schoolName
        self.roles = roles
        self.organizations = organizations
        self.progress = progress
        self.assessor = assessor
        self.cohort = cohort
    }
}

/// The first page after signing in: who you are, where, and what each of your roles does here.
public struct DashboardPage: HTML {
    let context: PageContext
    let model: DashboardModel

    public init(context: PageContext, model: DashboardModel) {
        self.context = context
        self.model = model
    }

    public var body: some HTML {
        Layout(title: "Welcome, \(model.name)", context: context) {
            div(.class("dashboard")) {
                section(.class("panel"), .aria(.labelledby, "you-heading")) {
                    h2(.id("you-heading")) { "You" }
                    dl(.class("facts")) {
                        div { dt { "Email" }; dd { model.email } }
                        div { dt { "Organization" }; dd { model.organizationName } }
                        if let school = model.schoolName { div { dt { "School" }; dd { school } } }
                        div {
                            dt { "Roles" }
                            dd { model.roles.isEmpty ? "None yet" : model.roles.map(\.displayName).joined(separator: ", ") }
                        }
                    }
                    if model.organizations.count > 1 {
                        OrganizationSwitcher(organizations: model.organizations, csrfToken: context.csrfToken)
                    }
                    p { a(.href(NotificationEndpoints.settings.path())) { "Notification settings" } }
                }
                if model.roles.isEmpty {
                    section(.class("panel")) {
                        h2 { "No role yet" }
                        p { "You're a member of \(model.organizationName), but you don't have a role here yet. Your organization admin can give you one." }
                    }
                }
                for role in model.roles {
                    RoleSection(role: role, model: model, organizationSlug: context.organizationSlug)
                }
            }
        }
    }
}

/// A section per role: what that role does in Cairn, where to start, and for educators,
/// assessors and coaches their progress, queue and cohort.
struct RoleSection: HTML {
    let role: Role
    let model: DashboardModel
    /// The organization's slug, for its public catalog.
    let organizationSlug: String?

    var body: some HTML {
        section(.class("panel role-panel role-panel--\(role.rawValue)\(Self.wide.contains(role) ? " panel--wide" : "")"),
                .id(role.rawValue), .aria(.labelledby, "role-\(role.rawValue)")) {
            h2(.id("role-\(role.rawValue)")) { role.displayName }
            p { role.summary }
            switch role {
            case .admin:
                ul(.class("link-list")) {
                    li { a(.href(AdminEndpoints.members.path())) { "Members and roles" } }
                    li { a(.href(AdminEndpoints.invite.path())) { "Invite a member" } }
                    li { a(.href(AdminEndpoints.importRoster.path())) { "Import a roster" } }
                    li { a(.href(AdminEndpoints.schools.path())) { "Schools" } }
                }
            case .designer:
                ul(.class("link-list")) {
                    li { a(.href(StudioEndpoints.list.path())) { "Your microcredentials in the studio" } }
                    li { a(.href(StudioEndpoints.new.path())) { "Design a new microcredential" } }
                    li { a(.href(StudioEndpoints.importDesign.path())) { "Import a design" } }
                }
            case .educator:
                EducatorProgressSection(rows: model.progress, organizationSlug: organizationSlug)
            case .assessor:
                if let overview = model.assessor { AssessorOverviewSection(overview: overview) }
            case .coach:
                CoachCohortSection(cohort: model.cohort)
            }
        }
    }
}

extension RoleSection {
    /// The roles whose section holds a table, laid across the whole page.
    static let wide: Set<Role> = [.educator, .coach]
}

/// Switches the current organization, for people who belong to several.
struct OrganizationSwitcher: HTML {
    let organizations: [OrganizationChoice]
    let csrfToken: String

    var body: some HTML {
        PostForm(action: AccountEndpoints.switchOrganization.path(), csrfToken: csrfToken, class: "switcher") {
            SelectField(label: "Switch organization", name: "organization",
                        choices: organizations.map { Choice(value: $0.id, label: $0.name) },
                        selected: organizations.first(where: \.isCurrent)?.id)
            SubmitButton("Switch", style: .secondary)
        }
    }
}
