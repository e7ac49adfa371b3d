import CairnApp
import CairnWeb
import Foundation

/// `cairn serve`: migrates the database, then serves Cairn until SIGTERM or SIGINT.
struct ServeCommand: Command {
    static let configuration = CommandConfiguration(
        name: "serve", abstract: "Apply pending migrations and serve Cairn over HTTP.",
        discussion: "Stops gracefully on SIGTERM or SIGINT: no new connections, in-flight requests finish.",
        options: ConfigurationOptions.server)

    let settings: AppConfiguration

    init(arguments: ParsedArguments) throws(UsageError) {
        settings = try ConfigurationOptions.resolve(arguments, environment: ProcessInfo.processInfo.environment)
    }

    func run() throws -> Int32 {
        let app = try App(configuration: settings)
        defer { app.close() }
        AllocatorGauges.register(in: app)
        _ = try app.migrate()
        try app.serve()
        return 0
    }
}
