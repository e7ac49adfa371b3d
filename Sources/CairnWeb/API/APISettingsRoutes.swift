import CairnApp
import CairnCore
import CairnHTTP

/// The educator's "Connected apps and tokens" page: disconnecting apps, making and revoking
/// personal access tokens.
struct APISettingsRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(APISettingsEndpoints.page, page)
        table.add(APISettingsEndpoints.disconnect, disconnect)
        table.add(APISettingsEndpoints.createToken, createToken)
        table.add(APISettingsEndpoints.revokeToken, revokeToken)
    }

    var connections: APIConnections { APIConnections(installation: app.installation) }

    func page(_ context: SignedIn) throws -> Response {
        app.render(ConnectedAppsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                     page: try connections.page(for: context.member)))
    }

    func disconnect(_ context: SignedIn, _ clientID: String) throws -> Response {
        guard try connections.disconnect(clientID: clientID, by: context.member) else { throw WebError.notFound }
        return app.redirect(to: APISettingsEndpoints.page.path(), .success, "The app is disconnected: its tokens no longer work.")
    }

    /// Makes the token and shows its secret on the answer itself (never in a redirect or a cookie).
    func createToken(_ context: SignedIn) throws -> Response {
        let form = context.request.form
        let name = form["name"] ?? "", chosen = form.values("scopes")
        let pageContext = context.visitor.pageContext(isDevelopment: app.isDevelopment)
        do {
            let made = try connections.create(name: name, scopes: Set(chosen.compactMap(APIScope.init(rawValue:))), by: context.member)
            return app.render(ConnectedAppsPage(context: pageContext, page: try connections.page(for: context.member),
                                                created: (made.token.name, made.secret)))
        } catch let refusal as PersonalAccessTokenError {
            var errors = FormErrors()
            errors.add(refusal.message, for: refusal.field ?? "name")
            return app.render(ConnectedAppsPage(context: pageContext, page: try connections.page(for: context.member), name: name,
                                                scopes: Set(chosen), errors: errors), status: .unprocessableContent)
        }
    }

    func revokeToken(_ context: SignedIn, _ id: PersonalAccessToken.ID) throws -> Response {
        guard try connections.revoke(id, by: context.member) else { throw WebError.notFound }
        return app.redirect(to: APISettingsEndpoints.page.path(), .success, "The token is revoked: scripts using it are refused.")
    }
}
