import CairnCore
import CairnHTML
import CairnHTTP
import CairnApp

/// The admin's view of agreement between assessors: exact agreement and Cohen's kappa over the
/// blind second scores, per assessor and per criterion.
struct AgreementRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(AdminEndpoints.agreement, agreement)
    }

    func agreement(_ context: SignedIn) throws -> Response {
        let report = try AgreementReports(installation: app.installation).report(by: context.member)
        return app.render(AgreementPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), report: report))
    }
}
