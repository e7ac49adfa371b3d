import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
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
        let (microcredential, versions) = try StudioRoutes(app: app).load(context, id)
        let disagreements = try app.store.calibration.doubleScores(of: microcredential.id, in: context.organization.id)
            .filter { !$0.disagreements.isEmpty }
        return app.render(DisagreementsPage(context: page(context), microcredential: microcredential, versions: versions,
                                            disagreements: disagreements, names: try names(context)))
    }

    func form(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID, _ assessorID: Person.ID) throws -> Response {
        let (microcredential, version, double) = try load(context, id, submissionID, assessorID)
        let prefilled = double.resolution?.levels ?? double.review.levels.filter { !double.disagreements.contains($0.key) }
        return app.render(ResolveDisagreementPage(context: page(context), microcredential: microcredential, version: version,
                                                  double: double, names: try names(context), levels: prefilled,
                                                  note: double.resolution?.note ?? ""))
    }

    func resolve(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID, _ assessorID: Person.ID) throws -> Response {
        let (microcredential, version, double) = try load(context, id, submissionID, assessorID)
        let form = context.request.form
        var errors = FormErrors()
        let levels = RubricLevelFields.read(form, rubric: version.design.rubric, into: &errors)
        let typedNote = form["note"] ?? ""
        let note = typedNote.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { errors.add("Say why these are the final levels.", for: "note") }
        if note.count > Self.maxNoteLength { errors.add("Use at most 2,000 characters.", for: "note") }
        guard errors.isEmpty else {
            return app.render(ResolveDisagreementPage(context: page(context), microcredential: microcredential, version: version,
                                                      double: double, names: try names(context), levels: levels, note: typedNote,
                                                      errors: errors),
                              status: .unprocessableContent)
        }
        try app.store.calibration.resolve(
            try ScoreResolution.make(submissionID: double.submission.id, secondAssessorID: double.second.assessorID, levels: levels,
                                     note: note, rubric: version.design.rubric, by: context.member.person.id, at: app.clock()),
            in: context.organization.id)
        return app.redirect(to: StudioEndpoints.disagreements.path(microcredential.id), .success, "The disagreement is resolved.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The organization's people by id, for the assessors' names.
    private func names(_ context: SignedIn) throws -> [Person.ID: String] {
        Dictionary(try app.store.members.members(of: context.organization.id).map { ($0.person.id, $0.person.displayName) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// One disagreement: the microcredential's submission and its second assessor; 404 otherwise.
    private func load(_ context: SignedIn, _ id: Microcredential.ID, _ submissionID: Submission.ID,
                      _ assessorID: Person.ID) throws -> (Microcredential, MicrocredentialVersion, DoubleScore) {
        let (microcredential, versions) = try StudioRoutes(app: app).load(context, id)
        guard let double = try app.store.calibration.doubleScores(of: microcredential.id, in: context.organization.id).first(where: {
                  $0.submission.id == submissionID && $0.second.assessorID == assessorID
              }),
              !double.disagreements.isEmpty,
              let version = versions.first(where: { $0.id == double.submission.versionID })
        else { throw WebError.notFound }
        return (microcredential, version, double)
    }
}
