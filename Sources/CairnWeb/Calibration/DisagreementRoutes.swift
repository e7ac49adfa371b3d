import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// Second scores that disagreed with the review, for the microcredential's designers: side by side,
/// each resolved with a final level per criterion and a note.
struct DisagreementRoutes {
    let app: App
    /// Longest resolution note.
    static let maxNoteLength = 2000

    func register(in table: inout RouteTable) {
        table.add(StudioEndpoints.disagreements, list)
        table.add(StudioEndpoints.disagreement, form)
        table.add(StudioEndpoints.resolveDisagreement, resolve)
    }

    func list(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let disagreements = try app.disagreements.page(of: id, by: context.member)
        return app.render(DisagreementsPage(context: page(context), microcredential: disagreements.microcredential,
                                            versions: disagreements.versions, disagreements: disagreements.disagreements,
                                            names: disagreements.names))
    }

    func form(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID, _ assessorID: Person.ID) throws -> Response {
        let disagreement = try app.disagreements.disagreement(submissionID, secondAssessor: assessorID, of: id, by: context.member)
        return render(context, disagreement, levels: disagreement.prefilledLevels, note: disagreement.double.resolution?.note ?? "")
    }

    func resolve(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID, _ assessorID: Person.ID) throws -> Response {
        let disagreement = try app.disagreements.disagreement(submissionID, secondAssessor: assessorID, of: id, by: context.member)
        let form = context.request.form
        var errors = FormErrors()
        let levels = RubricLevelFields.read(form, rubric: disagreement.version.design.rubric, into: &errors)
        let typedNote = form["note"] ?? ""
        let note = typedNote.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { errors.add("Say why these are the final levels.", for: "note") }
        if note.count > Self.maxNoteLength { errors.add("Use at most 2,000 characters.", for: "note") }
        guard errors.isEmpty else {
            return render(context, disagreement, levels: levels, note: typedNote, errors: errors, status: .unprocessableContent)
        }
        try app.disagreements.resolve(disagreement, levels: levels, note: note)
        return app.redirect(to: StudioEndpoints.disagreements.path(disagreement.microcredential.id), .success, "The disagreement is resolved.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The resolution form with the levels and note shown.
    private func render(_ context: SignedIn, _ disagreement: Disagreements.Disagreement, levels: [String: String], note: String,
                        errors: FormErrors = FormErrors(), status: HTTPStatus = .ok) -> Response {
        app.render(ResolveDisagreementPage(context: page(context), microcredential: disagreement.microcredential, version: disagreement.version,
                                           double: disagreement.double, names: disagreement.names, levels: levels, note: note, errors: errors),
                   status: status)
    }
}
