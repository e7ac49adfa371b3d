import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// The admin's list of schools in the organization, and adding one.
struct SchoolRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(AdminEndpoints.schools) { (context: SignedIn) in try list(context) }
        table.add(AdminEndpoints.addSchool, add)
    }

    func list(_ context: SignedIn, name: String = "", errors: FormErrors = FormErrors()) throws -> Response {
        let rows = try app.members.schoolsPage(by: context.member).map { SchoolRow(name: $0.school.name, memberCount: $0.activeMembers) }
        return app.render(SchoolsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                      schools: rows, name: name, errors: errors),
                          status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func add(_ context: SignedIn) throws -> Response {
        let typed = context.request.form["name"] ?? ""
        do {
            let school = try app.members.addSchool(named: typed, by: context.member)
            return app.redirect(to: AdminEndpoints.schools.path(), .success, "\(school.name) is added.")
        } catch let refusal as SchoolNameError {
            var errors = FormErrors()
            errors.add(refusal.message, for: "name")
            return try list(context, name: typed, errors: errors)
        }
    }
}
