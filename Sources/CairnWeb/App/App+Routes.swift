import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

extension App {
    /// Every route of Cairn with who may use it, behind the middleware every request passes.
    func routes() -> RouteTable {
        let isDevelopment = configuration.environment == .development
        var table = RouteTable(
            middleware: [
                // Outermost: pages for what the middleware below throws (a refused CSRF token). The
                // security headers are the server's (`SecurityHeaders`), on every answer it gives.
                ErrorPageMiddleware(logger: logger, metrics: metrics, dataDirectory: configuration.dataDirectory,
                                    isDevelopment: isDevelopment),
                FlashMiddleware(),
                SessionMiddleware(sessions: sessions),
                CSRFMiddleware(secureCookies: configuration.secureCookies, visitorTokens: visitorTokens),
                // Innermost: pages for what handlers throw, rendered for the signed-in member with
                // their CSRF token, and passing back through the session middleware (which clears
                // a dead session cookie on the sign-in redirect).
                ErrorPageMiddleware(logger: logger, metrics: metrics, dataDirectory: configuration.dataDirectory,
                                    isDevelopment: isDevelopment),
            ],
            environment: configuration.environment)
        OperationsRoutes(app: self).register(in: &table)
        AccountRoutes(app: self).register(in: &table)
        DashboardRoutes(app: self).register(in: &table)
        MemberRoutes(app: self).register(in: &table)
        AssessorRoutes(app: self).register(in: &table)
        SchoolRoutes(app: self).register(in: &table)
        OutboxRoutes(app: self).register(in: &table)
        CatalogRoutes(app: self).register(in: &table)
        StudioRoutes(app: self).register(in: &table)
        PathwayStudioRoutes(app: self).register(in: &table)
        PilotRoutes(app: self).register(in: &table)
        EditorRoutes(app: self).register(in: &table)
        EarningRoutes(app: self).register(in: &table)
        ReviewRoutes(app: self).register(in: &table)
        VideoCommentRoutes(app: self).register(in: &table)
        FeedbackRoutes(app: self).register(in: &table)
        UploadRoutes(app: self).register(in: &table)
        EvidenceRoutes(app: self).register(in: &table)
        NotificationRoutes(app: self).register(in: &table)
        ExemplarRoutes(app: self).register(in: &table)
        CalibrationRoutes(app: self).register(in: &table)
        SecondScoringRoutes(app: self).register(in: &table)
        DisagreementRoutes(app: self).register(in: &table)
        AgreementRoutes(app: self).register(in: &table)
        ReviewPolicyRoutes(app: self).register(in: &table)
        CredentialRoutes(app: self).register(in: &table)
        BulkAwardRoutes(app: self).register(in: &table)
        VerifyRoutes(app: self).register(in: &table)
        APIRoutes(app: self).register(in: &table)
        OAuthRoutes(app: self).register(in: &table)
        APISettingsRoutes(app: self).register(in: &table)
        return table
    }

    /// Renders a page as a response.
    func render(_ page: some HTML, status: HTTPStatus = .ok) -> Response {
        var response = Response.html(bytes: page.renderedBytes(), status: status)
        response.headers.set("Cache-Control", "no-store")
        return response
    }

    /// A redirect that shows a message on the next page.
    func redirect(to location: String, _ kind: Flash.Kind = .success, _ message: String) -> Response {
        .redirect(to: location, flash: Flash(kind, message), secure: configuration.secureCookies)
    }

    var isDevelopment: Bool { configuration.environment == .development }
}
