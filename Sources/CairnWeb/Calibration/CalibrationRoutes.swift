import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
import Foundation

/// An assessor's calibration: scoring a microcredential's exemplars one by one, each time seeing
/// per criterion where their levels differed from the designer's reference.
struct CalibrationRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(ReviewEndpoints.calibration, form)
        table.add(ReviewEndpoints.scoreCalibration, score)
    }

    /// The exemplar named by `?exemplar=`, else the first one the assessor has not scored, else the first.
    func form(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let calibration = try load(context, id)
        var item = calibration.nextUnscored ?? calibration.items.first
        if let chosen = context.request.query["exemplar"] {
            guard let named = calibration.items.first(where: { $0.exemplar.id.rawValue == chosen }) else { throw WebError.notFound }
            item = named
        }
        return app.render(CalibrationPage(context: page(context), calibration: calibration, item: item))
    }

    func score(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        var calibration = try load(context, id)
        let form = context.request.form
        guard let item = calibration.items.first(where: { $0.exemplar.id.rawValue == form["exemplar"] }) else { throw WebError.notFound }
        var errors = FormErrors()
        let levels = RubricLevelFields.read(form, rubric: item.version.design.rubric, into: &errors)
        guard errors.isEmpty else {
            return app.render(CalibrationPage(context: page(context), calibration: calibration, item: item, selected: levels, errors: errors),
                              status: .unprocessableContent)
        }
        let result = try app.store.calibration.calibrate(item.exemplar.id, by: context.member.person.id, scores: levels,
                                                         in: context.organization.id, at: app.clock())
        calibration.scored.insert(item.exemplar.id)
        return app.render(CalibrationResultsPage(context: page(context), calibration: calibration, item: item, result: result))
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The microcredential's exemplars and which the assessor scored; 404 outside the organization,
    /// 403 for an assessor who may not assess it.
    private func load(_ context: SignedIn, _ id: Microcredential.ID) throws -> AssessorCalibration {
        let organization = context.organization.id
        let assessor = context.member.person.id
        guard try app.store.microcredentials.fetch(id, in: organization) != nil else { throw WebError.notFound }
        guard try app.store.submissions.mayAssess(assessor, id, in: organization) else { throw WebError.forbidden }
        let versions = try app.store.microcredentials.versions(of: id, in: organization).sorted { $0.number < $1.number }
        let items = try app.store.calibration.exemplars(of: id, in: organization).map { exemplar in
            AssessorCalibration.Item(exemplar: exemplar, version: try app.store.microcredentials.findVersion(exemplar.versionID, in: organization),
                             enrollmentID: try exemplar.submissionID.flatMap { try app.store.submissions.fetch($0, in: organization) }?.enrollmentID)
        }
        let title = (versions.last { $0.state == .published || $0.state == .pilot } ?? versions.last)?.design.title ?? "Microcredential"
        return AssessorCalibration(microcredentialID: id, title: title, items: items,
                           scored: try app.store.calibration.calibratedExemplarIDs(by: assessor, of: id, in: organization))
    }
}

/// An assessor's calibration on one microcredential: its exemplars in order, and those they scored.
struct AssessorCalibration {
    /// One exemplar, with the version whose rubric it is scored on and the enrollment its files belong to.
    struct Item {
        let exemplar: Exemplar
        let version: MicrocredentialVersion
        /// Nil when the submission it came from is gone (its files with it).
        let enrollmentID: Enrollment.ID?
    }

    let microcredentialID: Microcredential.ID
    let title: String
    let items: [Item]
    var scored: Set<Exemplar.ID>

    /// 1-based.
    func number(of item: Item) -> Int { (items.firstIndex { $0.exemplar.id == item.exemplar.id } ?? 0) + 1 }

    /// The first exemplar not scored yet.
    var nextUnscored: Item? { items.first { !scored.contains($0.exemplar.id) } }
}
