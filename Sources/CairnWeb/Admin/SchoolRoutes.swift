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
        let organization = context.organization.id
        let members = try app.store.members.members(of: organization)
        let rows = try app.store.organizations.schools(of: organization).map { school in
            SchoolRow(name: school.name, memberCount: members.filter { $0.membership.schoolID == school.id && $0.isActive }.count)
        }
        return app.render(SchoolsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                      schools: rows, name: name, errors: errors),
                          status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func add(_ context: SignedIn) throws -> Response {
        let typed = context.request.form["name"] ?? ""
        let name = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        if name.isEmpty {
            errors.add("Enter the school's name.", for: "name")
        } else if name.count > 160 {
            errors.add("Use at most 160 characters.", for: "name")
        } else if try app.store.organizations.fetchSchool(named: name, in: context.organization.id) != nil {
            errors.add("There is already a school named '\(name)'.", for: "name")
        }
        guard errors.isEmpty else { return try list(context, name: typed, errors: errors) }
        try app.store.organizations.addSchool(School(organizationID: context.organization.id, name: name))
        return app.redirect(to: AdminEndpoints.schools.path(), .success, "\(name) is added.")
    }
}
