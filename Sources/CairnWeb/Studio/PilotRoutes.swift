import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The pilot of a microcredential: the designer gathers pilot educators and assessors (by name
/// or with a link), and they answer a structured feedback form that feeds the pilot report.
struct PilotRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(StudioEndpoints.pilot) { (context: SignedIn, id) in try pilot(context, id) }
        table.add(StudioEndpoints.addPilotParticipant, addParticipant)
        table.add(PilotEndpoints.join, joinForm)
        table.add(PilotEndpoints.accept, join)
        table.add(PilotEndpoints.feedback, feedbackForm)
        table.add(PilotEndpoints.saveFeedback, saveFeedback)
        table.add(PilotEndpoints.startEarning, startEarning)
    }

    // MARK: The designer's pilot page

    func pilot(_ context: SignedIn, _ id: Microcredential.ID, errors: FormErrors = FormErrors()) throws -> Response {
        let pilot = try app.piloting.page(id, by: context.member)
        let rows = pilot.participants.map {
            PilotParticipantRow(name: $0.person.displayName, email: $0.person.email.rawValue, role: $0.participant.role,
                                joinedAt: $0.participant.joinedAt)
        }
        let candidates = pilot.choosesByEmail ? nil : pilot.candidates.map {
            Choice(value: $0.person.email.rawValue, label: "\($0.person.displayName) (\($0.person.email.rawValue))")
        }
        return app.render(PilotPage(context: page(context), microcredential: pilot.microcredential, version: pilot.version,
                                    participants: rows, candidates: candidates,
                                    inviteURL: app.configuration.baseURL + PilotEndpoints.join.path(pilot.invitationToken),
                                    report: pilot.report, errors: errors),
                          status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func addParticipant(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let form = context.request.form
        let role = PilotParticipant.Role(rawValue: form["role"] ?? "")
        let added: Piloting.Added
        do {
            added = try app.piloting.addParticipant(email: form["email"] ?? "", role: role, to: id, by: context.member)
        } catch let error as PilotError {
            guard let field = error.field else { throw error }
            var errors = FormErrors()
            errors.add(error.message, for: field)
            // Both fields wrong: the member is refused first, and the missing role is shown beside its field too.
            if role == nil, error != .roleNotChosen { errors.add(PilotError.roleNotChosen.message, for: "role") }
            return try pilot(context, id, errors: errors)
        }
        let name = added.person.displayName
        let message = added.isNew ? "\(name) joins the pilot as \(added.role.displayName.lowercased())."
            : "\(name) already takes part in this pilot."
        return app.redirect(to: StudioEndpoints.pilot.path(id), .success, message)
    }

    // MARK: Joining with the link

    func joinForm(_ context: SignedIn, _ token: String) throws -> Response {
        let join = try app.piloting.joinPage(token, by: context.member)
        return app.render(PilotJoinPage(context: page(context), token: token, design: join.version.design, alreadyJoined: join.alreadyJoined))
    }

    func join(_ context: SignedIn, _ token: String) throws -> Response {
        let version = try app.piloting.join(token, by: context.member)
        return app.redirect(to: PilotEndpoints.feedback.path(version.id), .success,
                            "You're in the pilot of “\(version.design.title)”. When you've worked through it, tell the designer how it went here.")
    }

    // MARK: Feedback

    func feedbackForm(_ context: SignedIn, _ id: MicrocredentialVersion.ID) throws -> Response {
        let feedback = try app.piloting.feedbackPage(id, by: context.member)
        return app.render(PilotFeedbackPage(context: page(context), version: feedback.version, earning: earningPanel(context, feedback)))
    }

    func saveFeedback(_ context: SignedIn, _ id: MicrocredentialVersion.ID) throws -> Response {
        let version = try app.piloting.feedbackPage(id, by: context.member).version
        let form = context.request.form
        var values: [String: String] = [:]
        for field in form.fields { values[field.name] = field.value }
        var errors = FormErrors()
        func rating(_ name: String, _ message: String) -> Int? {
            guard let value = form[name].flatMap(Int.init), PilotFeedback.ratingRange.contains(value) else {
                errors.add(message, for: name)
                return nil
            }
            return value
        }
        func comment(_ name: String) -> String {
            let text = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.count > 5000 { errors.add("Use at most 5,000 characters.", for: name) }
            return text
        }
        var items: [ItemFeedback] = []
        let design = version.design
        let rated: [(ItemFeedback.Kind, String)] = design.requirements.map { (.requirement, $0.id) }
            + design.rubric.criteria.map { (.criterion, $0.id) }
        for (kind, id) in rated {
            let clarity = rating("clarity_\(kind.rawValue)_\(id)", "Choose how clear this was, from 1 to 5.")
            let note = comment("comment_\(kind.rawValue)_\(id)")
            if let clarity { items.append(ItemFeedback(kind: kind, itemID: id, clarity: clarity, comment: note)) }
        }
        let relevance = rating("relevance", "Choose how relevant it is, from 1 to 5.")
        let workload = Double((form["workload_hours"] ?? "").replacingOccurrences(of: ",", with: "."))
        if workload == nil || !PilotFeedback.workloadRange.contains(workload!) {
            errors.add("Enter the hours the work took, a number from 0 to 200.", for: "workload_hours")
        }
        let recommend = form["would_recommend"]
        if recommend != "yes" && recommend != "no" { errors.add("Choose yes or no.", for: "would_recommend") }
        let comments = comment("comments")
        guard errors.isEmpty, let relevance, let workload else {
            return app.render(PilotFeedbackPage(context: page(context), version: version, values: values, errors: errors),
                              status: .unprocessableContent)
        }
        try app.piloting.giveFeedback(.init(items: items, relevance: relevance, workloadHours: workload,
                                            wouldRecommend: recommend == "yes", comments: comments),
                                      on: version.id, by: context.member)
        return app.redirect(to: DashboardEndpoints.dashboard.path(), .success, "Thank you: your feedback on “\(design.title)” is with its designer.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
