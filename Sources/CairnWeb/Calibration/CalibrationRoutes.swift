import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
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
        let calibration = try app.calibrating.page(id, by: context.member)
        var item = calibration.nextUnscored ?? calibration.items.first
        if let chosen = context.request.query["exemplar"] {
            guard let named = calibration.items.first(where: { $0.exemplar.id.rawValue == chosen }) else { throw WebError.notFound }
            item = named
        }
        return app.render(CalibrationPage(context: page(context), calibration: calibration, item: item))
    }

    func score(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        var calibration = try app.calibrating.page(id, by: context.member)
        let form = context.request.form
        guard let item = calibration.items.first(where: { $0.exemplar.id.rawValue == form["exemplar"] }) else { throw WebError.notFound }
        var errors = FormErrors()
        let levels = RubricLevelFields.read(form, rubric: item.version.design.rubric, into: &errors)
        guard errors.isEmpty else {
            return app.render(CalibrationPage(context: page(context), calibration: calibration, item: item, selected: levels, errors: errors),
                              status: .unprocessableContent)
        }
        let result = try app.calibrating.score(item.exemplar.id, of: id, levels: levels, by: context.member)
        calibration.scored.insert(item.exemplar.id)
        return app.render(CalibrationResultsPage(context: page(context), calibration: calibration, item: item, result: result))
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
