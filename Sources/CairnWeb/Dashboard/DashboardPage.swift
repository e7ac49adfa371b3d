import CairnApp
import CairnCore
import CairnHTML

/// What the dashboard shows the signed-in person: for each role, what to do next.
public struct DashboardModel: Sendable, Hashable {
    public var name: String
    public var organizationName: String
    /// Roles in the current organization, in the order to show them.
    public var roles: [Role]
    /// The educator's microcredentials with their next steps (educators).
    public var progress: [EducatorProgressRow]
    /// The educator's standing on each published pathway, under way first (educators).
    public var pathways: [PathwayStanding]
    /// The queue and calibration (assessors).
    public var assessor: AssessorOverview?
    /// The cohort's progress (coaches).
    public var cohort: Cohort
    /// Microcredentials whose latest version is a draft or in pilot (designers).
    public var drafts: [StudioEntry]
    /// Invitations waiting for an answer (admins).
    public var invitations: [PendingInvitationRow]

    public init(name: String, organizationName: String, roles: [Role], progress: [EducatorProgressRow] = [],
                pathways: [PathwayStanding] = [], assessor: AssessorOverview? = nil, cohort: Cohort = Cohort(),
                drafts: [StudioEntry] = [], invitations: [PendingInvitationRow] = []) {
        self.name = name
        self.organizationName = organizationName
        self.roles = roles
        self.progress = progress
        self.pathways = pathways
        self.assessor = assessor
        self.cohort = cohort
        self.drafts = drafts
        self.invitations = invitations
    }
}

/// The first page after signing in: for each of the person's roles, what to do next. Who they are
/// (email, organization, school, roles) is on the account page.
public struct DashboardPage: HTML {
    let context: PageContext
    let model: DashboardModel

    public init(context: PageContext, model: DashboardModel) {
        self.context = context
        self.model = model
    }

    public var body: some HTML {
        Layout(title: "Welcome, \(model.name)", context: context, lead: "What to do next in \(model.organizationName).") {
            div(.class("dashboard")) {
                if model.roles.isEmpty {
                    section(.class("panel"), .aria(.labelledby, "no-role-heading")) {
                        h2(.id("no-role-heading")) { "No role yet" }
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

/// A section per role, starting with what to do next: the educator's next step per
/// microcredential, the assessor's queue and claims, the coach's stalled work, the designer's
/// drafts and pilots, the admin's pending invitations; then where else that role goes.
struct RoleSection: HTML {
    let role: Role
    let model: DashboardModel
    /// The organization's slug, for its public catalog.
    let organizationSlug: String?

    var body: some HTML {
        section(.class("panel role-panel role-panel--\(role.rawValue)\(Self.wide.contains(role) ? " panel--wide" : "")"),
                .id(role.rawValue), .aria(.labelledby, "role-\(role.rawValue)")) {
            h2(.id("role-\(role.rawValue)")) { role.displayName }
            switch role {
            case .admin:
                PendingInvitationsSection(rows: model.invitations)
                ul(.class("link-list")) {
                    li { a(.href(AdminEndpoints.invite.path())) { "Invite a member" } }
                    li { a(.href(AdminEndpoints.importRoster.path())) { "Import a roster" } }
                    li { a(.href(AdminEndpoints.members.path())) { "Members and roles" } }
                    li { a(.href(AdminEndpoints.schools.path())) { "Schools" } }
                }
            case .designer:
                DesignerDraftsSection(entries: model.drafts)
            case .educator:
                EducatorProgressSection(rows: model.progress, organizationSlug: organizationSlug)
                EducatorPathwaysSection(standings: model.pathways, organizationSlug: organizationSlug)
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
    static let wide: Set<Role> = [.educator, .coach, .designer, .admin]
}
