import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore

/// The admin's assessor assignments: which microcredentials each member with the assessor role
/// reviews (every one, or a chosen few). Nobody assesses until assigned here.
struct AssessorRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(AdminEndpoints.assessors) { (context: SignedIn) in try list(context) }
        table.add(AdminEndpoints.saveAssessor, save)
    }

    func list(_ context: SignedIn, refused: (Membership.ID, Set<String>, FormErrors)? = nil, status: HTTPStatus = .ok) throws -> Response {
        let organizationID = context.organization.id
        let assignments = try app.store.submissions.assignments(in: organizationID)
        let rows = try app.store.members.members(of: organizationID)
            .filter { $0.membership.isActive && $0.membership.roles.contains(.assessor) }
            .sorted { $0.person.displayName < $1.person.displayName }
            .map { member in
                let typed = refused.flatMap { $0.0 == member.membership.id ? $0 : nil }  // the refused form shows what was ticked
                return AssessorsPage.Row(member: member, assesses: typed?.1 ?? assignments[member.person.id] ?? [],
                                         errors: typed?.2 ?? FormErrors())
            }
        return app.render(AssessorsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), rows: rows,
                                        microcredentials: try app.microcredentialChoices(in: organizationID)), status: status)
    }

    func save(_ context: SignedIn, _ id: Membership.ID) throws -> Response {
        let organizationID = context.organization.id
        guard let member = try app.store.members.fetchMember(id, in: organizationID),
              member.membership.isActive, member.membership.roles.contains(.assessor)
        else { throw WebError.notFound }
        let chosen = Set(context.request.form.values(AssessorsPage.field))
        let known = Set(try app.microcredentialChoices(in: organizationID).map(\.value))
        guard chosen.isSubset(of: known.union([AssessorsPage.everyMicrocredential])) else {
            var errors = FormErrors()
            errors.add("Choose among the microcredentials listed.", for: AssessorsPage.key(member.membership.id))
            return try list(context, refused: (member.membership.id, chosen, errors), status: .unprocessableContent)
        }
        let all = chosen.contains(AssessorsPage.everyMicrocredential)
        try app.store.submissions.setAssignments(of: member.person.id, all: all,
                                                 microcredentials: Set(chosen.subtracting([AssessorsPage.everyMicrocredential]).map(Microcredential.ID.init(rawValue:))),
                                                 in: organizationID)
        let summary = all ? "every microcredential" : chosen.isEmpty ? "no microcredential" : Wording.count(chosen.count, "microcredential")
        return app.redirect(to: AdminEndpoints.assessors.path() + "#" + AssessorsPage.key(member.membership.id), .success,
                            "\(member.person.displayName) now assesses \(summary).")
    }
}
