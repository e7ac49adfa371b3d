import Foundation
import Synchronization
import Testing
@testable import CairnHTTP

/// Bodies handed to libmicrohttpd without a copy (`.shared`) or copied once from a string (`.text`):
/// whole on the wire, the same for every request, and the shared buffer let go once it is sent.
@Suite struct SharedBodyTests {
    /// A page of 100 KB, bigger than one socket write, with every byte value.
    static let page = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }

    @Test func aSharedBodyIsSentWholeToEveryRequestAndForHEADOnlyItsLength() throws {
        let kept = SharedBytes(Self.page)
        var router = Router()
        router.get("/kept") { _ in Response(headers: ["Content-Type": "application/octet-stream"], body: .shared(kept)) }
        let server = try TestServer(router)
        for _ in 0..<3 {
            let response = try fetch(server.port, "GET", "/kept")
            #expect(response.status == 200)
            #expect(response.body == Self.page)
            #expect(response.headers["Content-Length"] == "100000")
        }
        // HEAD: the length only, and the next response on the connection starts right after the headers.
        let connection = try RawConnection(port: server.port)
        connection.send("HEAD /kept HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try #require(connection.readResponse(headRequest: true))
        #expect(head.status == 200)
        #expect(head.headers["Content-Length"] == "100000")
        connection.send("GET /kept HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(connection.readResponse()?.body == Self.page)
        #expect(kept.array == Self.page)
    }

    @Test func aSharedBufferIsLetGoOnceItsResponseIsSent() throws {
        let made = Mutex<[Weak]>([])
        var router = Router()
        router.get("/once") { _ in
            let bytes = SharedBytes(Array("made for one response".utf8))
            made.withLock { $0.append(Weak(bytes)) }
            return Response(body: .shared(bytes))
        }
        let server = try TestServer(router)
        #expect(try fetch(server.port, "GET", "/once").text == "made for one response")
        // libmicrohttpd lets the response go just after the last byte: wait for it, a second at most.
        var alive = true
        for _ in 0..<100 where alive {
            alive = made.withLock { $0.contains { $0.object != nil } }
            if alive { usleep(10_000) }
        }
        #expect(made.withLock { $0.count } == 1)
        #expect(!alive)
    }

    @Test func aTextBodyIsSentAsItsUTF8WithItsByteLength() throws {
        let text = "Évaluation formative ✓ — 評価"
        var router = Router()
        router.get("/text") { _ in Response(headers: ["Content-Type": "text/plain; charset=utf-8"], body: .text(text)) }
        let server = try TestServer(router)
        let response = try fetch(server.port, "GET", "/text")
        #expect(response.body == Array(text.utf8))
        #expect(response.headers["Content-Length"] == String(text.utf8.count))
        #expect(Response(body: .text(text)).bodyLength == Int64(text.utf8.count))
    }

    final class Weak: Sendable {
        nonisolated(unsafe) weak var object: SharedBytes?
        init(_ object: SharedBytes) { self.object = object }
    }
}
