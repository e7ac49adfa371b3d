import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// The signed-in home page: who you are, where, and for each role what to do next.
struct DashboardRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(DashboardEndpoints.dashboard, dashboard)
    }

    func dashboard(_ context: SignedIn) throws -> Response {
        let member = context.member
        let page = try app.dashboard.page(for: member)
        let organizations = context.visitor.organizations.map {
            OrganizationChoice(id: $0.id.rawValue, name: $0.name, isCurrent: $0.id == member.organization.id)
        }
        let model = DashboardModel(
            name: member.person.displayName, email: member.person.email.rawValue,
            organizationName: member.organization.name, schoolName: page.schoolName,
            roles: member.roles.sorted(), organizations: organizations,
            progress: page.progress.map(Self.rows) ?? [],
            assessor: page.assessor, cohort: page.cohort)
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
