import Foundation
import Testing
@testable import CairnHTTP

/// A directory holding `data.bin` (bytes 0…199) and `site.css`, and a server serving it.
private func fileServer() throws -> (TestServer, [UInt8]) {
    let directory = temporaryDirectory()
    let bytes = (0..<200).map { UInt8($0) }
    try Data(bytes).write(to: URL(fileURLWithPath: directory + "/data.bin"))
    try "body{color:red}".write(toFile: directory + "/site.css", atomically: true, encoding: .utf8)
    return (try TestServer(appRouter(files: directory)), bytes)
}

@Test(arguments: [("bytes=10-19", 10..<20), ("bytes=-5", 195..<200), ("bytes=100-", 100..<200), ("bytes=190-999", 190..<200)])
func rangeRequestsGet206WithTheExactBytes(_ range: String, _ expected: Range<Int>) throws {
    let (server, bytes) = try fileServer()
    let response = try fetch(server.port, "GET", "/files/data.bin", headers: [("Range", range)])
    #expect(response.status == 206)
    #expect(response.body == Array(bytes[expected]))
    #expect(response.headers["Content-Range"] == "bytes \(expected.lowerBound)-\(expected.upperBound - 1)/200")
    #expect(response.headers["Content-Length"] == String(expected.count))
}

@Test func wholeFileHasValidatorsAndAcceptRanges() throws {
    let (server, bytes) = try fileServer()
    let response = try fetch(server.port, "GET", "/files/data.bin")
    #expect(response.status == 200)
    #expect(response.body == bytes)
    #expect(response.headers["Accept-Ranges"] == "bytes")
    #expect(response.headers["ETag"]?.hasPrefix("\"c8-") == true)
    #expect(response.headers["Last-Modified"]?.hasSuffix(" GMT") == true)
}

@Test func rangeBeyondTheEndGets416WithTheSize() throws {
    let (server, _) = try fileServer()
    let response = try fetch(server.port, "GET", "/files/data.bin", headers: [("Range", "bytes=200-")])
    #expect(response.status == 416)
    #expect(response.headers["Content-Range"] == "bytes */200")
}

@Test func matchingIfNoneMatchGets304AndStaleOneGetsTheFile() throws {
    let (server, _) = try fileServer()
    let etag = try #require(try fetch(server.port, "GET", "/files/data.bin").headers["ETag"])
    let cached = try fetch(server.port, "GET", "/files/data.bin", headers: [("If-None-Match", etag)])
    #expect(cached.status == 304)
    #expect(cached.body.isEmpty)
    #expect(cached.headers["ETag"] == etag)
    #expect(try fetch(server.port, "GET", "/files/data.bin", headers: [("If-None-Match", "\"other\"")]).status == 200)
}

@Test func ifModifiedSinceGets304WhenNotNewer() throws {
    let (server, _) = try fileServer()
    let lastModified = try #require(try fetch(server.port, "GET", "/files/data.bin").headers["Last-Modified"])
    #expect(try fetch(server.port, "GET", "/files/data.bin", headers: [("If-Modified-Since", lastModified)]).status == 304)
    #expect(try fetch(server.port, "GET", "/files/data.bin",
                      headers: [("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")]).status == 200)
}

@Test func headAnswersHeadersWithoutABody() throws {
    let (server, _) = try fileServer()
    let connection = try RawConnection(port: server.port)
    connection.send("HEAD /files/data.bin HTTP/1.1\r\nHost: x\r\n\r\n")
    let head = try #require(connection.readResponse(headRequest: true))
    #expect(head.status == 200)
    #expect(head.headers["Content-Length"] == "200")
    // The next response on the same connection starts right away: no body bytes were sent.
    connection.send("GET /hello/next HTTP/1.1\r\nHost: x\r\n\r\n")
    #expect(connection.readResponse()?.text == "hello next q=-")
}

@Test func staticAssetsHaveTypeAndLongCacheAndRefuseTraversal() throws {
    let (server, _) = try fileServer()
    let css = try fetch(server.port, "GET", "/assets/site.css")
    #expect(css.status == 200)
    #expect(css.text == "body{color:red}")
    #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")
    #expect(css.headers["Cache-Control"] == "public, max-age=31536000, immutable")
    #expect(try fetch(server.port, "GET", "/assets/../../etc/passwd").status == 404)
    #expect(try fetch(server.port, "GET", "/assets/%2e%2e/%2e%2e/etc/passwd").status == 404)
    #expect(try fetch(server.port, "GET", "/assets/missing.css").status == 404)
}
