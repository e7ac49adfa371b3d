import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
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
        let exemplars = try app.exemplars.page(of: id, by: context.member)
        return app.render(ExemplarsPage(context: page(context), microcredential: exemplars.microcredential, versions: exemplars.versions,
                                        exemplars: exemplars.exemplars, candidates: exemplars.candidates))
    }

    func form(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID) throws -> Response {
        let candidate = try app.exemplars.candidate(submissionID, of: id, by: context.member)
        return app.render(ExemplarFormPage(context: page(context), microcredential: candidate.microcredential, submission: candidate.submission,
                                           version: candidate.version, levels: candidate.reviewLevels))
    }

    func create(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID) throws -> Response {
        let candidate = try app.exemplars.candidate(submissionID, of: id, by: context.member)
        let form = context.request.form
        var errors = FormErrors()
        let levels = RubricLevelFields.read(form, rubric: candidate.version.design.rubric, into: &errors)
        let typedNote = form["note"] ?? ""
        let note = typedNote.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > Self.maxNoteLength { errors.add("Use at most 2,000 characters.", for: "note") }
        guard errors.isEmpty else {
            return app.render(ExemplarFormPage(context: page(context), microcredential: candidate.microcredential, submission: candidate.submission,
                                               version: candidate.version, levels: levels, note: typedNote, errors: errors),
                              status: .unprocessableContent)
        }
        let path = StudioEndpoints.exemplars.path(candidate.microcredential.id)
        guard try app.exemplars.choose(candidate, referenceLevels: levels, note: note)
        else { return app.redirect(to: path, .error, "This submission is already an exemplar.") }
        return app.redirect(to: path, .success,
                            "The submission is an exemplar: assessors of “\(candidate.version.design.title)” score it before their next claim.")
    }

    func remove(_ context: SignedIn, _ id: Microcredential.ID, _ exemplarID: Exemplar.ID) throws -> Response {
        try app.exemplars.remove(exemplarID, of: id, by: context.member)
        return app.redirect(to: StudioEndpoints.exemplars.path(id), .success, "The exemplar is removed.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
