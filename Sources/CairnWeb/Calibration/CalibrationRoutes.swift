import CairnCore
import CairnHTTP
import CairnStore
import Foundation

/// An assessor's calibration: scoring a microcredential's exemplars, then seeing per criterion
/// where their levels differed from the designer's reference.
struct CalibrationRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(.get, "/review/calibration/:microcredential", .role(.assessor)) { (context: SignedIn) in try form(context) }
        table.add(.post, "/review/calibration/:microcredential", .role(.assessor)) { (context: SignedIn) in try score(context) }
    }

    func form(_ context: SignedIn) throws -> Response {
        let (title, exemplars) = try load(context)
        let scored = try app.store.calibration.calibratedExemplarIDs(by: context.member.person.id, of: microcredentialID(context),
                                                                      in: context.organization.id)
        return app.render(CalibrationPage(context: page(context), microcredentialID: try microcredentialID(context).rawValue, title: title,
                                          exemplars: exemplars, alreadyScored: !exemplars.isEmpty && scored.count == exemplars.count))
    }

    func score(_ context: SignedIn) throws -> Response {
        let (title, exemplars) = try load(context)
        let form = context.request.form
        var errors = FormErrors()
        let scores = exemplars.map { item in
            RubricLevelFields.read(form, rubric: item.version.design.rubric, prefix: CalibrationPage.prefix(item.exemplar), into: &errors)
        }
        let id = try microcredentialID(context).rawValue
        guard errors.isEmpty, !exemplars.isEmpty else {
            return app.render(CalibrationPage(context: page(context), microcredentialID: id, title: title, exemplars: exemplars,
                                              alreadyScored: false, selected: scores, errors: errors),
                              status: exemplars.isEmpty ? .conflict : .unprocessableContent)
        }
        let results = try app.store.calibration.calibrate(Array(zip(exemplars.map(\.exemplar.id), scores)), by: context.member.person.id,
                                                          in: context.organization.id, at: app.clock())
        let items = zip(exemplars, zip(scores, results)).map { item, outcome in
            CalibrationResultsPage.Item(exemplar: item.exemplar, design: item.version.design, given: outcome.0, result: outcome.1)
        }
        return app.render(CalibrationResultsPage(context: page(context), microcredentialID: id, title: title, items: items))
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    private func microcredentialID(_ context: SignedIn) throws -> Microcredential.ID {
        guard let id = context.request.parameters["microcredential"].flatMap(Microcredential.ID.init) else { throw WebError.notFound }
        return id
    }

    /// The microcredential's title and exemplars with their versions; 404 outside the organization,
    /// 403 for an assessor who may not assess it.
    private func load(_ context: SignedIn) throws -> (String, [CalibrationPage.Item]) {
        let organization = context.organization.id
        let id = try microcredentialID(context)
        guard try app.store.microcredentials.fetch(id, in: organization) != nil else { throw WebError.notFound }
        guard try app.store.submissions.mayAssess(context.member.person.id, id, in: organization) else { throw WebError.forbidden }
        let versions = try app.store.microcredentials.versions(of: id, in: organization).sorted { $0.number < $1.number }
        let items = try app.store.calibration.exemplars(of: id, in: organization).map { exemplar in
            CalibrationPage.Item(exemplar: exemplar, version: try app.store.microcredentials.findVersion(exemplar.versionID, in: organization))
        }
        let title = (versions.last { $0.state == .published || $0.state == .pilot } ?? versions.last)?.design.title ?? "Microcredential"
        return (title, items)
    }
}
