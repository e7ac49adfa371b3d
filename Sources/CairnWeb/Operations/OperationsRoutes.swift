import CairnHTML
import CairnHTTP
import Foundation

/// Health, metrics and static assets: what operators and browsers fetch around the pages.
struct OperationsRoutes {
    let app: App
    let dataDirectory: CachedDataDirectoryProbe

    init(app: App) {
        self.app = app
        dataDirectory = CachedDataDirectoryProbe(directory: app.configuration.dataDirectory)
    }

    func register(in table: inout RouteTable) {
        let assets = StaticFiles(directory: WebAssets.directory ?? "")
        table.add(OperationsEndpoints.health) { (_: Visitor) in try health() }
        table.add(OperationsEndpoints.metrics) { (visitor: Visitor) in
            guard MetricsAccess.allows(peer: visitor.request.peerAddress,
                                       authorization: visitor.request.headers["Authorization"],
                                       token: app.configuration.metricsToken,
                                       forwarded: visitor.request.isForwarded) else { throw WebError.notFound }
            return metrics()
        }
        table.add(OperationsEndpoints.assets) { (visitor: Visitor, _) in assets.respond(visitor.request) }
        // Browsers ask for /favicon.ico by themselves (for a JSON or file response, say): the same mark.
        table.add(OperationsEndpoints.favicon) { (_: Visitor) in .redirect(to: WebAssets.faviconPath, status: .movedPermanently) }
    }

    /// `ok` when the database answers a query and the data directory takes a write; otherwise 503
    /// with one line per problem (`data directory not writable (full: No space left on device)`).
    func health() throws -> Response {
        var problems: [String] = []
        do {
            try app.installation.checkDatabase()
        } catch {
            app.logger.error("health check failed", [("error", "\(error)")])
            problems.append("database unavailable")
        }
        if let problem = dataDirectory.problem() {
            app.logger.error("health check failed", [("error", "data directory not writable: \(problem)")])
            problems.append("data directory not writable (\(problem))")
        }
        var response = problems.isEmpty ? Response.text("ok\n")
            : .text(problems.joined(separator: "\n") + "\n", status: .serviceUnavailable)
        response.headers.set("Cache-Control", "no-store")
        return response
    }

    /// Prometheus text exposition.
    func metrics() -> Response {
        var response = Response.text(app.metrics.render())
        response.headers.set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        return response
    }
}
