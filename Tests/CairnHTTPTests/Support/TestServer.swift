import Foundation
import Synchronization
@testable import CairnHTTP

/// A real server on an ephemeral loopback port, stopped when released.
final class TestServer {
    let server: HTTPServer
    let metrics = Metrics()
    let logLines = LogLines()
    var port: Int { server.port }

    init(_ router: Router, configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var configuration = ServerConfiguration(port: 0, threadPoolSize: 2)
        configure(&configuration)
        let lines = logLines
        let logger = Logger(sink: { line in lines.append(line) })
        server = HTTPServer(configuration: configuration, logger: logger, metrics: metrics,
                            responder: { try router.respond(to: $0) })
        try server.start()
    }

    deinit { server.stop() }

    /// Log lines so far.
    var log: [String] { logLines.all }
}

/// Log lines captured from the server's threads.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// Runs a command, returning its standard output and exit status.
@discardableResult
func run(_ executable: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
}

/// A fresh directory under /tmp for one test.
func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "cairn-http-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
