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
        table.add(StudioEndpoints.exemplars, list)
        table.add(StudioEndpoints.newExemplar, form)
        table.add(StudioEndpoints.createExemplar, create)
        table.add(StudioEndpoints.removeExemplar, remove)
    }

    func list(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, versions) = try StudioRoutes(app: app).load(context, id)
        let organization = context.organization.id
        let exemplars = try app.store.calibration.exemplars(of: microcredential.id, in: organization)
        let marked = Set(exemplars.compactMap(\.submissionID))
        let candidates = try app.store.calibration.exemplarCandidates(of: microcredential.id, in: organization).map {
            ExemplarsPage.Candidate(submission: $0, isExemplar: marked.contains($0.id))
        }
        return app.render(ExemplarsPage(context: page(context), microcredential: microcredential, versions: versions,
                                        exemplars: exemplars, candidates: candidates))
    }

    func form(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID) throws -> Response {
        let (microcredential, submission, version) = try candidate(context, id, submissionID)
        let prefilled = try app.store.reviews.review(of: submission.id, in: context.organization.id)?.levels ?? [:]
        return app.render(ExemplarFormPage(context: page(context), microcredential: microcredential, submission: submission,
                                           version: version, levels: prefilled))
    }

    func create(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID) throws -> Response {
        let (microcredential, submission, version) = try candidate(context, id, submissionID)
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
        let path = StudioEndpoints.exemplars.path(microcredential.id)
        guard try app.store.calibration.add(Exemplar(
            organizationID: organization, microcredentialID: microcredential.id, versionID: submission.versionID,
            submissionID: submission.id, snapshot: submission.snapshot, referenceScores: levels, note: note,
            createdBy: context.member.person.id, createdAt: app.clock()))
        else { return app.redirect(to: path, .error, "This submission is already an exemplar.") }
        return app.redirect(to: path, .success, "The submission is an exemplar: assessors of “\(version.design.title)” score it before their next claim.")
    }

    func remove(_ context: SignedIn, _ id: Microcredential.ID, _ exemplarID: Exemplar.ID) throws -> Response {
        let (microcredential, _) = try StudioRoutes(app: app).load(context, id)
        try app.store.calibration.removeExemplar(exemplarID, of: microcredential.id, in: context.organization.id)
        return app.redirect(to: StudioEndpoints.exemplars.path(microcredential.id), .success, "The exemplar is removed.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The decided submission of the microcredential, with its version; 404 otherwise.
    private func candidate(_ context: SignedIn, _ id: Microcredential.ID,
                           _ submissionID: Submission.ID) throws -> (Microcredential, Submission, MicrocredentialVersion) {
        let (microcredential, versions) = try StudioRoutes(app: app).load(context, id)
        guard let submission = try app.store.submissions.fetch(submissionID, in: context.organization.id),
              submission.microcredentialID == microcredential.id, submission.decision != nil,
              let version = versions.first(where: { $0.id == submission.versionID })
        else { throw WebError.notFound }
        return (microcredential, submission, version)
    }
}
