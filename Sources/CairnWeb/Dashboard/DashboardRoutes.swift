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
        let school = try member.membership.schoolID.flatMap {
            try app.store.organizations.fetchSchool($0, in: member.organization.id)
        }
        let organizations = context.visitor.organizations.map {
            OrganizationChoice(id: $0.id.rawValue, name: $0.name, isCurrent: $0.id == member.organization.id)
        }
        let now = app.clock()
        let cohort = member.has(.coach) ? try self.cohort(of: member, at: now) : (rows: [], notStarted: [])
        let model = DashboardModel(
            name: member.person.displayName, email: member.person.email.rawValue,
            organizationName: member.organization.name, schoolName: school?.name,
            roles: member.roles.sorted(), organizations: organizations,
            progress: member.has(.educator) ? try educatorProgress(of: member) : [],
            assessor: member.has(.assessor) ? try assessorOverview(of: member, at: now) : nil,
            cohort: cohort.rows, notStarted: cohort.notStarted)
        return app.render(DashboardPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), model: model))
    }
}
