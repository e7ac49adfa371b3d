import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// The signed-in home page: for each of the member's roles, what to do next.
struct DashboardRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(DashboardEndpoints.dashboard, dashboard)
    }

    func dashboard(_ context: SignedIn) throws -> Response {
        let member = context.member
        let page = try app.dashboard.page(for: member)
        let model = DashboardModel(
            name: member.person.displayName, organizationName: member.organization.name, roles: member.roles.sorted(),
            progress: page.progress.map(Self.rows) ?? [], pathways: page.pathways, assessor: page.assessor, cohort: page.cohort,
            drafts: page.drafts,
            invitations: page.invitations.map { PendingInvitationRow(name: $0.invitation.displayName, email: $0.email.rawValue,
                                                                     invitedAt: $0.invitation.createdAt, expiresAt: $0.invitation.expiresAt) })
        return app.render(DashboardPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), model: model))
    }

    /// The educator's enrollments as rows with their next steps.
    static func rows(_ progress: Dashboard.EducatorProgress) -> [EducatorProgressRow] {
        progress.items.map { item in
            let step = EducatorProgressRow.nextStep(enrollmentID: item.enrollmentID, status: item.status, states: item.states,
                                                    latestSubmissionID: item.latestSubmissionID, problems: item.problems,
                                                    policy: progress.policy)
            return EducatorProgressRow(title: item.title, status: item.status, nextStep: step.text, link: step.link)
        }
    }
}
