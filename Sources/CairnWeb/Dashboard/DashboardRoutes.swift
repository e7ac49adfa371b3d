import CairnCore
import CairnHTTP

/// The signed-in home page: who you are, where, and what each of your roles does here.
struct DashboardRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(.get, "/dashboard", .signedIn) { try dashboard($0) }
    }

    func dashboard(_ context: SignedIn) throws -> Response {
        let member = context.member
        let school = try member.membership.schoolID.flatMap {
            try app.store.organizations.fetchSchool($0, in: member.organization.id)
        }
        let organizations = context.visitor.organizations.map {
            OrganizationChoice(id: $0.id.rawValue, name: $0.name, isCurrent: $0.id == member.organization.id)
        }
        let model = DashboardModel(
            name: member.person.displayName, email: member.person.email.rawValue,
            organizationName: member.organization.name, schoolName: school?.name,
            roles: member.roles.sorted(), organizations: organizations)
        return app.render(DashboardPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), model: model))
    }
}
