import Foundation
import Testing
@testable import CairnHTTP

@Test func sigtermStopsTheServerAndRunUntilSignalledReturns() async {
    // In a child process: a SIGTERM must not kill it, but make runUntilSignalled return, so it exits 0.
    await #expect(processExitsWith: .success) {
        let server = HTTPServer(configuration: ServerConfiguration(port: 0), logger: Logger(sink: { _ in }),
                                metrics: Metrics(), responder: { _ in .text("ok") })
        try server.start()
        Thread.detachNewThread {
            usleep(300_000)
            kill(getpid(), SIGTERM)
        }
        server.runUntilSignalled()
        guard (try? fetch(server.port, "GET", "/")) == nil else { exit(3) }  // no longer listening
    }
}
