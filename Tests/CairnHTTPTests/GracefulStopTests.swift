import Foundation
import Synchronization
import Testing
@testable import CairnHTTP

/// Stopping under keep-alive load: in-flight requests finish with `Connection: close`, nothing new is served.
@Suite struct GracefulStopTests {
    /// What one keep-alive client saw while hammering the server: statuses, and whether the last one closed.
    final class Hammer: Sendable {
        let statuses = Mutex<[Int]>([])
        let lastClosed = Mutex(false)
        let cut = Mutex(false)
        let done = DispatchSemaphore(value: 0)

        /// Connects now, then sends request after request on that one connection in a thread of its own.
        func run(port: Int) throws {
            nonisolated(unsafe) let connection = try RawConnection(port: port)  // used by that thread only
            Thread.detachNewThread { [self] in
                defer { done.signal() }
                while true {
                    connection.send("GET /fast HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    guard let response = connection.readResponse() else {
                        if !lastClosed.withLock({ $0 }) { cut.withLock { $0 = true } }  // dropped without a closing answer
                        return
                    }
                    statuses.withLock { $0.append(response.status) }
                    let closes = response.headers["Connection"]?.lowercased() == "close"
                    lastClosed.withLock { $0 = closes }
                    if closes { return }
                }
            }
        }
    }

    @Test func stoppingFinishesInFlightRequestsRefusesNewOnesAndReturnsBeforeTheGracePeriod() throws {
        let slowStarted = DispatchSemaphore(value: 0)
        let handled = LogLines()
        var router = Router()
        router.get("/slow") { _ in
            handled.append("/slow")
            slowStarted.signal()
            usleep(500_000)
            return .text("slow done")
        }
        router.get("/fast") { _ in
            handled.append("/fast")
            return .text("fast")
        }
        let server = try TestServer(router) {
            $0.threadPoolSize = 4
            $0.shutdownGracePeriod = 10
            $0.responseHeaders = ["X-Frame-Options": "DENY"]
        }
        // Given: an idle kept-alive connection, three clients hammering theirs, and a slow request in flight.
        let idle = try RawConnection(port: server.port)
        idle.send("GET /fast HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(idle.readResponse()?.status == 200)
        let hammers = (0..<3).map { _ in Hammer() }
        for hammer in hammers { try hammer.run(port: server.port) }
        let slow = try RawConnection(port: server.port)
        slow.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n")
        slowStarted.wait()

        // When: the server stops.
        let began = ContinuousClock.now
        let stopped = DispatchSemaphore(value: 0), http = server.server
        Thread.detachNewThread {
            http.stop()
            stopped.signal()
        }
        var refused = false
        for _ in 0..<400 where !refused {
            refused = (try? RawConnection(port: server.port)) == nil
            if !refused { usleep(5_000) }
        }
        let handledWhenStopping = handled.all.count

        // Then: new connections are refused, a new request on an old connection gets a 503 and a close…
        #expect(refused, "the listening socket is closed at once")
        idle.send("GET /fast HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let late = idle.readResponse()
        #expect(late?.status == 503)
        #expect(late?.headers["Connection"]?.lowercased() == "close")
        #expect(late?.headers["X-Frame-Options"] == "DENY", "the refusal carries the security headers too")
        #expect(idle.readResponse() == nil, "the connection is closed after the refusal")
        // … the slow request finishes, with Connection: close, and every hammer ends on a closing answer, never cut.
        let finished = slow.readResponse()
        #expect(finished?.status == 200 && finished?.text == "slow done")
        #expect(finished?.headers["Connection"]?.lowercased() == "close")
        for hammer in hammers {
            hammer.done.wait()
            #expect(!hammer.cut.withLock { $0 })
            #expect(hammer.lastClosed.withLock { $0 })
            #expect(hammer.statuses.withLock { $0.allSatisfy { $0 == 200 || $0 == 503 } })
        }
        stopped.wait()
        let elapsed = ContinuousClock.now - began
        #expect(elapsed < .seconds(5), "stop returns once the last request is answered, not after the 10 s grace period (took \(elapsed))")
        #expect(handled.all.count <= handledWhenStopping + 3, "at most the hammers' requests already begun are served after the signal")
        #expect(server.log.contains { $0.contains("stopped") && $0.contains("unfinished_requests=0") })
    }
}
