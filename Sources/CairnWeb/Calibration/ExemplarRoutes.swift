import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
import Foundation

/// The designer's exemplars of a microcredential: decided submissions marked with reference levels
/// per criterion and a note on why, which assessors score before their next claim on it.
struct ExemplarRoutes {
    let app: App
    /// Longest note on an exemplar.
    static let maxNoteLength = 2000

    func register(in table: inout RouteTable) {
        let designer = Access.role(.designer)
        table.add(.get, "/studio/:id/exemplars", designer) { (context: SignedIn) in try list(context) }
        table.add(.get, "/studio/:id/exemplars/from/:submission", designer) { (context: SignedIn) in try form(context) }
        table.add(.post, "/studio/:id/exemplars/from/:submission", designer) { (context: SignedIn) in try create(context) }
        table.add(.post, "/studio/:id/exemplars/:exemplar/remove", designer) { (context: SignedIn) in try remove(context) }
    }

    func list(_ context: SignedIn) throws -> Response {
        let (microcredential, versions) = try StudioRoutes(app: app).load(context)
        let organization = context.organization.id
        let exemplars = try app.store.calibration.exemplars(of: microcredential.id, in: organization)
        let marked = Set(exemplars.compactMap(\.submissionID))
        let candidates = try app.store.calibration.exemplarCandidates(of: microcredential.id, in: organization).map {
            ExemplarsPage.Candidate(submission: $0, isExemplar: marked.contains($0.id))
        }
        return app.render(ExemplarsPage(context: page(context), microcredential: microcredential, versions: versions,
                                        exemplars: exemplars, candidates: candidates))
    }

    func form(_ context: SignedIn) throws -> Response {
        let (microcredential, submission, version) = try candidate(context)
        let prefilled = try app.store.reviews.review(of: submission.id, in: context.organization.id)?.levels ?? [:]
        return app.render(ExemplarFormPage(context: page(context), microcredential: microcredential, submission: submission,
                                           version: version, levels: prefilled))
    }

    func create(_ context: SignedIn) throws -> Response {
        let (microcredential, submission, version) = try candidate(context)
        let form = context.request.form
        var errors = FormErrors()
        let levels = RubricLevelFields.read(form, rubric: version.design.rubric, into: &errors)
        let typedNote = form["note"] ?? ""
        let note = typedNote.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > Self.maxNoteLength { errors.add("Use at most 2,000 characters.", for: "note") }
        guard errors.isEmpty else {
            return app.render(ExemplarFormPage(context: page(context), microcredential: microcredential, submission: submission,
                                               version: version, levels: levels, note: typedNote, errors: errors),
                              status: .unprocessableContent)
        }
        let organization = context.organization.id
        let path = Paths.exemplars(microcredential.id.rawValue)
        guard try app.store.calibration.add(Exemplar(
            organizationID: organization, microcredentialID: microcredential.id, versionID: submission.versionID,
            submissionID: submission.id, snapshot: submission.snapshot, referenceScores: levels, note: note,
            createdBy: context.member.person.id, createdAt: app.clock()))
        else { return app.redirect(to: path, .error, "This submission is already an exemplar.") }
        return app.redirect(to: path, .success, "The submission is an exemplar: assessors of “\(version.design.title)” score it before their next claim.")
    }

    func remove(_ context: SignedIn) throws -> Response {
        let (microcredential, _) = try StudioRoutes(app: app).load(context)
        guard let id = context.request.parameters["exemplar"].flatMap(Exemplar.ID.init) else { throw WebError.notFound }
        try app.store.calibration.removeExemplar(id, of: microcredential.id, in: context.organization.id)
        return app.redirect(to: Paths.exemplars(microcredential.id.rawValue), .success, "The exemplar is removed.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The decided submission in the path, of the microcredential in the path, with its version.
    private func candidate(_ context: SignedIn) throws -> (Microcredential, Submission, MicrocredentialVersion) {
        let (microcredential, versions) = try StudioRoutes(app: app).load(context)
        guard let id = context.request.parameters["submission"].flatMap(Submission.ID.init),
              let submission = try app.store.submissions.fetch(id, in: context.organization.id),
              submission.microcredentialID == microcredential.id, submission.decision != nil,
              let version = versions.first(where: { $0.id == submission.versionID })
        else { throw WebError.notFound }
        return (microcredential, submission, version)
    }
}
