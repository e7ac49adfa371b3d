import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
import Foundation

/// The pilot of a microcredential: the designer gathers pilot educators and assessors (by name
/// or with a link), and they answer a structured feedback form that feeds the pilot report.
struct PilotRoutes {
    let app: App
    let studio: StudioRoutes

    init(app: App) {
        self.app = app
        self.studio = StudioRoutes(app: app)
    }

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
        let (microcredential, version) = try pilotVersion(context, id)
        let organization = context.organization.id
        let members = try app.store.members.members(of: organization)
        let people = Dictionary(uniqueKeysWithValues: members.map { ($0.person.id, $0.person) })
        let participants = try app.store.pilots.participants(of: version.id, in: organization)
        let rows = participants.compactMap { participant in
            people[participant.personID].map {
                PilotParticipantRow(name: $0.displayName, email: $0.email.rawValue, role: participant.role, joinedAt: participant.joinedAt)
            }
        }
        let taking = Set(participants.map(\.personID))
        let candidates = members.filter { $0.isActive && !taking.contains($0.person.id) }.map {
            Choice(value: $0.person.email.rawValue, label: "\($0.person.displayName) (\($0.person.email.rawValue))")
        }
        let token = try app.store.pilots.invitationToken(for: version.id, in: organization, at: app.clock())
        let report = try app.store.pilots.report(for: version.id, in: organization,
                                                 scores: try app.store.reviews.pilotScores(for: version.id, in: organization))
        return app.render(PilotPage(context: page(context), microcredential: microcredential, version: version,
                                    participants: rows, candidates: candidates,
                                    inviteURL: app.configuration.baseURL + PilotEndpoints.join.path(token), report: report,
                                    errors: errors),
                          status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func addParticipant(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, version) = try pilotVersion(context, id)
        let form = context.request.form
        var errors = FormErrors()
        let member = try (try? EmailAddress(form["email"] ?? "")).flatMap { email in
            try app.store.members.members(of: context.organization.id).first { $0.person.email == email && $0.isActive }
        }
        if member == nil { errors.add("Choose a member of your organization.", for: "email") }
        let role = PilotParticipant.Role(rawValue: form["role"] ?? "")
        if role == nil { errors.add("Choose whether they pilot as an educator or as an assessor.", for: "role") }
        guard let member, let role, errors.isEmpty else { return try pilot(context, id, errors: errors) }
        let added = try app.store.pilots.addParticipant(
            PilotParticipant(versionID: version.id, personID: member.person.id, role: role, joinedAt: app.clock()),
            in: context.organization.id)
        let message = added ? "\(member.person.displayName) joins the pilot as \(role.displayName.lowercased())."
            : "\(member.person.displayName) already takes part in this pilot."
        return app.redirect(to: StudioEndpoints.pilot.path(microcredential.id), .success, message)
    }

    // MARK: Joining with the link

    func joinForm(_ context: SignedIn, _ token: String) throws -> Response {
        let version = try invitedVersion(context, token)
        let joined = try app.store.pilots.fetchParticipant(context.member.person.id, of: version.id, in: context.organization.id) != nil
        return app.render(PilotJoinPage(context: page(context), token: token, design: version.design, alreadyJoined: joined))
    }

    func join(_ context: SignedIn, _ token: String) throws -> Response {
        let version = try invitedVersion(context, token)
        try app.store.pilots.addParticipant(
            PilotParticipant(versionID: version.id, personID: context.member.person.id, role: .educator, joinedAt: app.clock()),
            in: context.organization.id)
        return app.redirect(to: PilotEndpoints.feedback.path(version.id), .success,
                            "You're in the pilot of “\(version.design.title)”. When you've worked through it, tell the designer how it went here.")
    }

    // MARK: Feedback

    func feedbackForm(_ context: SignedIn, _ id: MicrocredentialVersion.ID) throws -> Response {
        let (version, participant) = try participation(context, id)
        return app.render(PilotFeedbackPage(context: page(context), version: version,
                                            earning: try earningPanel(context, version: version, participant: participant)))
    }

    func saveFeedback(_ context: SignedIn, _ id: MicrocredentialVersion.ID) throws -> Response {
        let (version, participant) = try participation(context, id)
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
        try app.store.pilots.saveFeedback(
            PilotFeedback(versionID: version.id, personID: context.member.person.id, role: participant.role, items: items,
                          relevance: relevance, workloadHours: workload, wouldRecommend: recommend == "yes",
                          comments: comments, submittedAt: app.clock()),
            in: context.organization.id)
        return app.redirect(to: DashboardEndpoints.dashboard.path(), .success, "Thank you: your feedback on “\(design.title)” is with its designer.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The microcredential's version in pilot; without one, there is no pilot page.
    private func pilotVersion(_ context: SignedIn, _ id: Microcredential.ID) throws -> (Microcredential, MicrocredentialVersion) {
        let (microcredential, versions) = try studio.load(context, id)
        guard let version = versions.last(where: { $0.state == .pilot }) else { throw WebError.notFound }
        return (microcredential, version)
    }

    /// The pilot a join link opens, within the member's organization.
    private func invitedVersion(_ context: SignedIn, _ token: String) throws -> MicrocredentialVersion {
        guard let version = try app.store.pilots.version(forInvitationToken: token, in: context.organization.id),
              version.state == .pilot else { throw WebError.notFound }
        return version
    }

    /// The pilot version with this id and the member's place in it; only participants give feedback.
    func participation(_ context: SignedIn, _ id: MicrocredentialVersion.ID) throws -> (MicrocredentialVersion, PilotParticipant) {
        guard let version = try app.store.microcredentials.fetchVersion(id, in: context.organization.id),
              version.state == .pilot else { throw WebError.notFound }
        guard let participant = try app.store.pilots.fetchParticipant(context.member.person.id, of: version.id,
                                                                        in: context.organization.id)
        else { throw WebError.forbidden }
        return (version, participant)
    }
}
