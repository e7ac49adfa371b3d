import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// The admin's assessor assignments: which microcredentials each member with the assessor role
/// reviews (every one, or a chosen few). Nobody assesses until assigned here.
struct AssessorRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(AdminEndpoints.assessors) { (context: SignedIn) in try list(context) }
        table.add(AdminEndpoints.saveAssessor, save)
    }

    func list(_ context: SignedIn, refused: (Membership.ID, Set<String>, FormErrors)? = nil, status: HTTPStatus = .ok) throws -> Response {
        let found = try app.members.assessorsPage(by: context.member)
        let rows = found.assessors.map { member in
            let typed = refused.flatMap { $0.0 == member.membership.id ? $0 : nil }  // the refused form shows what was ticked
            return AssessorsPage.Row(member: member, assesses: typed?.1 ?? found.assignments[member.person.id] ?? [],
                                     errors: typed?.2 ?? FormErrors())
        }
        let choices = found.microcredentials.map(Choice.init)
        return app.render(AssessorsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), rows: rows,
                                        microcredentials: choices), status: status)
    }

    func save(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let chosen = Set(context.request.form.values(AssessorsPage.field))
        let all = chosen.contains(AssessorsPage.everyMicrocredential)
        let member: Member
        do {
            member = try app.members.assign(id, all: all, microcredentials: chosen.subtracting([AssessorsPage.everyMicrocredential]),
                                            by: context.member)
        } catch MemberAdministrationError.unknownMicrocredential {
            var errors = FormErrors()
            errors.add(MemberAdministrationError.unknownMicrocredential.message, for: AssessorsPage.key(id))
            return try list(context, refused: (id, chosen, errors), status: .unprocessableContent)
        } catch MemberAdministrationError.notInOrganization {
            throw WebError.notFound
        }
        let summary = all ? "every microcredential" : chosen.isEmpty ? "no microcredential" : Wording.count(chosen.count, "microcredential")
        return app.redirect(to: AdminEndpoints.assessors.path() + "#" + AssessorsPage.key(member.membership.id), .success,
                            "\(member.person.displayName) now assesses \(summary).")
    }
}
