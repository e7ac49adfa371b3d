import CairnApp
import CairnCore
import CairnHTTP
import Foundation

/// One running Cairn on the web: an installation with its routes, its HTTP server and its
/// background work.
public final class App: Sendable {
    /// The configuration, storage and clock the use cases share.
    public let installation: Installation
    let logger: Logger
    let metrics: Metrics
    /// Signs the CSRF cookies of visitors who are not signed in.
    let visitorTokens: VisitorTokens
    /// Public pages rendered for visitors who are not signed in, until the catalog changes.
    let publicPages: PublicPageCache

    /// Opens the installation (database and blob store) and the upload area.
    public convenience init(configuration: AppConfiguration, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        try self.init(installation: Installation(configuration: configuration, clock: clock))
    }

    /// Serves an installation already open.
    public init(installation: Installation) throws {
        self.installation = installation
        self.logger = Logger()
        self.metrics = Metrics()
        self.visitorTokens = VisitorTokens(installation: installation)
        self.publicPages = PublicPageCache()
    }

    public var configuration: AppConfiguration { installation.configuration }
    var clock: @Sendable () -> Date { installation.clock }
    var partialUploads: PartialUploads { installation.partialUploads }

    /// Applies pending migrations; returns the names of those applied.
    public func migrate() throws -> [String] { try installation.migrate() }

    /// Account administration for the command line (first admin, password reset links).
    public var administration: Administration { installation.administration }

    /// The whole web application as one handler: routes behind their middleware.
    public func responder() -> Handler {
        let router = routes().router
        return { request in try router.respond(to: request) }
    }

    /// Builds the HTTP server for this app (not yet started).
    public func makeServer() -> HTTPServer {
        var server = ServerConfiguration()
        server.host = configuration.host
        server.port = configuration.port
        server.threadPoolSize = configuration.threads
        server.maxBodyBytes = Int(configuration.maxBodyBytes)
        server.trustProxy = configuration.trustProxy
        server.responseHeaders = SecurityHeaders.all
        server.shutdownGracePeriod = Double(configuration.shutdownGraceSeconds)
        server.temporaryDirectory = installation.requestBodyDirectory
        try? FileManager.default.createDirectory(atPath: server.temporaryDirectory, withIntermediateDirectories: true)
        let installation = installation
        metrics.registerGauge(name: "cairn_db_connections_open", help: "Database connections open.") {
            Double(installation.databaseLoad.open)
        }
        metrics.registerGauge(name: "cairn_db_connections_in_use", help: "Database connections in use.") {
            Double(installation.databaseLoad.inUse)
        }
        metrics.registerGauge(name: "cairn_db_waiting", help: "Requests waiting for a database connection.") {
            Double(installation.databaseLoad.waiting)
        }
        metrics.registerGauge(name: "cairn_db_statements", help: "Database statements run since Cairn started.") {
            Double(installation.databaseLoad.statements)
        }
        return HTTPServer(configuration: server, logger: logger, metrics: metrics, responder: responder())
    }

    /// Serves until SIGTERM or SIGINT, delivering mail and tidying up in the background meanwhile.
    public func serve() throws {
        let server = makeServer()
        let abandoned = try housekeeping.removeAbandonedTemporaryFiles()
        if abandoned > 0 { logger.info("removed abandoned temporary files", [("files", String(abandoned))]) }
        try server.start()
        let background = BackgroundWork(app: self)
        background.start()
        FileHandle.standardOutput.write(Data("Cairn is running at http://\(configuration.host):\(server.port) (stop with Ctrl-C)\n".utf8))
        if configuration.environment == .development {
            FileHandle.standardOutput.write(Data("""
                This is a DEVELOPMENT run (CAIRN_ENV=development): without a mail server, mail is written to the \
                log with its one-time links, and operators see the development outbox. Set CAIRN_ENV=production \
                for real use.

                """.utf8))
        }
        logger.info("Cairn is listening", [("url", "http://\(configuration.host):\(server.port)"),
                                          ("database", installation.databaseEngine),
                                          ("environment", configuration.environment.rawValue)])
        server.runUntilSignalled()
        background.stop()
        logger.info("Cairn stopped", [])
    }

    /// Closes the database.
    public func close() { installation.close() }

    /// Adds a gauge to `/metrics`, read each time the metrics are asked for (the command line adds the allocator's).
    public func registerGauge(name: String, help: String, _ value: @escaping @Sendable () -> Double) {
        metrics.registerGauge(name: name, help: help, value)
    }
}
