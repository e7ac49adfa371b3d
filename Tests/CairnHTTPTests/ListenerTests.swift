import Foundation
import Testing
@testable import CairnHTTP

// The listening socket's thread: connections shared out evenly, the connection limit, a port in use.

/// A router whose one route answers with the number of the thread that served it.
private func threadRouter() -> Router {
    var router = Router()
    router.get("/thread") { _ in .text(String(pthread_self())) }
    return router
}

@Test func connectionsAreSharedOutEvenlyAmongTheServersThreads() throws {
    let server = try TestServer(threadRouter()) { $0.threadPoolSize = 4 }
    // Each connection is kept open once answered, so every thread holds its connections at once.
    var connections: [RawConnection] = []
    var threadOfEach: [String] = []
    for _ in 0..<12 {
        let connection = try RawConnection(port: server.port)
        connection.send("GET /thread HTTP/1.1\r\nHost: x\r\n\r\n")
        let answer = try #require(connection.readResponse())
        #expect(answer.status == 200)
        threadOfEach.append(answer.text)
        connections.append(connection)
    }
    let perThread = Dictionary(grouping: threadOfEach, by: { $0 }).mapValues(\.count)
    #expect(perThread.count == 4, "four threads serve: \(perThread)")
    #expect(perThread.values.allSatisfy { $0 == 3 }, "three connections each: \(perThread)")
    // A kept connection stays with its thread.
    connections[0].send("GET /thread HTTP/1.1\r\nHost: x\r\n\r\n")
    #expect(connections[0].readResponse()?.text == threadOfEach[0])
}

@Test func connectionsBeyondTheLimitAreRefusedAndTheOthersStillServed() throws {
    let server = try TestServer(threadRouter()) {
        $0.threadPoolSize = 2
        $0.connectionLimit = 2
    }
    let first = try RawConnection(port: server.port), second = try RawConnection(port: server.port)
    for connection in [first, second] {
        connection.send("GET /thread HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(connection.readResponse()?.status == 200)
    }
    let third = try RawConnection(port: server.port)  // the kernel completes the handshake; Cairn then closes it
    #expect(third.closesWithin(seconds: 5), "the third connection is closed unanswered")
    first.send("GET /thread HTTP/1.1\r\nHost: x\r\n\r\n")
    #expect(first.readResponse()?.status == 200)
    // Once one closes, there is room again.
    second.send("GET /thread HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    #expect(second.readResponse()?.status == 200)
    #expect(second.closesWithin(seconds: 5))
    var answered = false
    for _ in 0..<100 where !answered {
        answered = (try? fetch(server.port, "GET", "/thread"))?.status == 200
        if !answered { usleep(20_000) }
    }
    #expect(answered, "a new connection is served once another has closed")
}

@Test func aPortAlreadyInUseIsRefusedWithItsReason() throws {
    let first = try TestServer(threadRouter())
    let second = HTTPServer(configuration: ServerConfiguration(port: first.port, threadPoolSize: 2), logger: Logger(sink: { _ in }),
                            metrics: Metrics(), responder: { _ in .text("second") })
    #expect {
        try second.start()
    } throws: { error in
        "\(error)" == "cannot listen on 127.0.0.1:\(first.port): \(String(cString: strerror(EADDRINUSE)))"
    }
    #expect(second.port == 0, "nothing was started")
    #expect(try fetch(first.port, "GET", "/thread").status == 200, "the first server still answers")
}
