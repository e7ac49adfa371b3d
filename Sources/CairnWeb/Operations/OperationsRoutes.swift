import CairnHTTP
import Foundation

/// Health, metrics and static assets: what operators and browsers fetch around the pages.
struct OperationsRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        let assets = StaticFiles(directory: WebAssets.directory ?? "")
        table.add(.get, "/healthz", .anyone) { (_: Visitor) in try health() }
        table.add(.get, "/metrics", .anyone) { (visitor: Visitor) in
            guard MetricsAccess.allows(peer: visitor.request.peerAddress,
                                       authorization: visitor.request.headers["Authorization"],
                                       token: app.configuration.metricsToken,
                                       forwarded: visitor.request.isForwarded) else { throw WebError.notFound }
            return metrics()
        }
        table.add(.get, "/assets/*path", .anyone) { (visitor: Visitor) in assets.respond(visitor.request) }
        table.add(.get, "/", .anyone) { (visitor: Visitor) in
            .redirect(to: visitor.member == nil ? Paths.signIn : Paths.dashboard)
        }
    }

    /// `ok` when the database answers a query; 503 otherwise.
    func health() throws -> Response {
        do {
            try app.store.checkConnection()
            var response = Response.text("ok\n")
            response.headers.set("Cache-Control", "no-store")
            return response
        } catch {
            app.logger.error("health check failed", [("error", "\(error)")])
            return .text("database unavailable\n", status: .serviceUnavailable)
        }
    }

    /// Prometheus text exposition.
    func metrics() -> Response {
        var response = Response.text(app.metrics.render())
        response.headers.set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        return response
    }
}
