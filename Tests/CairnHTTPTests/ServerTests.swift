import Foundation
import Synchronization
import Testing
@testable import CairnHTTP

struct Boom: Error {}

/// The application the server tests talk to.
func appRouter(files: String = "/nonexistent") -> Router {
    var router = Router()
    router.get("/hello/:name") { .text("hello \($0.parameters["name"]!) q=\($0.query["q"] ?? "-")") }
    router.post("/form") { request in
        let fields = request.form.fields.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        let files = try request.form.files.map { file in
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file.path))
            return "\(file.field):\(file.filename):\(file.contentType):\(file.size):\(String(decoding: bytes, as: UTF8.self))"
        }
        return .text("fields[\(fields)] files[\(files.joined(separator: ","))] body=\(request.body.count)")
    }
    router.post("/upload-path") { .text($0.form.file("file")?.path ?? "none") }
    router.post("/json") { .text("json \($0.headers["Content-Type"] ?? "") \(String(decoding: $0.body, as: UTF8.self))") }
    router.get("/cookie/set") { _ in
        var response = Response.text("set")
        response.setCookie(Cookie(name: "sid", value: "s3cr3t"))
        response.setCookie(Cookie(name: "theme", value: "dark", httpOnly: false))
        return response
    }
    router.get("/cookie/echo") { .text($0.cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")) }
    router.get("/fail") { _ in throw Boom() }
    router.get("/teapot") { _ in throw HTTPError(HTTPStatus(code: 418, reason: "I'm a teapot"), message: "short and stout") }
    router.get("/slow") { _ in usleep(800_000); return .text("slow done") }
    router.get("/stream") { _ in
        Response(headers: ["Content-Type": "text/plain"], body: .stream { write in
            for i in 0..<1000 { try Array("line \(i)\n".utf8).withUnsafeBytes(write) }
        })
    }
    router.get("/files/*path") { FileResponse.serve(path: files + "/" + $0.parameters["path"]!, contentType: "application/octet-stream", request: $0, cacheControl: "no-cache") }
    let assets = StaticFiles(directory: files)
    router.get("/assets/*path") { assets.respond($0) }
    return router
}

@Test func routesWithParametersAndQueryOverHTTP() throws {
    let server = try TestServer(appRouter())
    let response = try fetch(server.port, "GET", "/hello/ana%20b?q=x+y")
    #expect(response.status == 200)
    #expect(response.text == "hello ana b q=x y")
    #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
}

@Test func unknownPathsAre404AndWrongMethodsAre405WithAllow() throws {
    let server = try TestServer(appRouter())
    #expect(try fetch(server.port, "GET", "/nope").status == 404)
    let wrong = try fetch(server.port, "DELETE", "/hello/x")
    #expect(wrong.status == 405)
    #expect(wrong.headers["Allow"] == "GET, HEAD")
}

@Test func urlEncodedFormFieldsArriveInOrder() throws {
    let server = try TestServer(appRouter())
    let response = try fetch(server.port, "POST", "/form", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                             body: Array("roles=admin&roles=coach&name=Ana+Lu%C3%ADs&_csrf=t%2Bk".utf8))
    #expect(response.text == "fields[roles=admin&roles=coach&name=Ana Luís&_csrf=t+k] files[] body=0")
}

@Test func multipartFormCarriesFieldsAndAFileWithItsBytes() throws {
    let server = try TestServer(appRouter())
    let body = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMy evidence\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"roster.csv\"\r\nContent-Type: text/csv\r\n\r\n"
        + "email,name\r\na@b.example,Ana\r\n\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"
        + "--XyZ--\r\n"
    let response = try fetch(server.port, "POST", "/form", headers: [("Content-Type", "multipart/form-data; boundary=XyZ")],
                             body: Array(body.utf8))
    #expect(response.status == 200)
    #expect(response.text == "fields[title=My evidence] files[roster:roster.csv:text/csv:29:email,name\r\na@b.example,Ana\r\n] body=0")
}

@Test func uploadedTemporaryFilesAreDeletedAfterTheResponse() throws {
    let server = try TestServer(appRouter())
    let body = "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n\r\n0123456789\r\n--bnd--\r\n"
    let response = try fetch(server.port, "POST", "/upload-path", headers: [("Content-Type", "multipart/form-data; boundary=bnd")],
                             body: Array(body.utf8))
    #expect(response.text.hasPrefix("/"))
    var exists = true
    for _ in 0..<100 where exists {
        exists = FileManager.default.fileExists(atPath: response.text)
        if exists { usleep(10_000) }
    }
    #expect(!exists)
}

@Test func multipartWithoutAUsableBoundaryIsABadRequest() throws {
    let server = try TestServer(appRouter())
    let response = try fetch(server.port, "POST", "/form", headers: [("Content-Type", "multipart/form-data")],
                             body: Array("--x\r\n\r\n--x--\r\n".utf8))
    #expect(response.status == 400)
}

@Test func jsonBodiesAreBufferedIntoBody() throws {
    let server = try TestServer(appRouter())
    let response = try fetch(server.port, "POST", "/json", headers: [("Content-Type", "application/json")],
                             body: Array("{\"a\":1}".utf8))
    #expect(response.text == "json application/json {\"a\":1}")
}

@Test func declaredOversizedBodyGets413AtOnce() throws {
    let server = try TestServer(appRouter()) { $0.maxBodyBytes = 1000 }
    let connection = try RawConnection(port: server.port)
    connection.send("POST /json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n")
    let response = connection.readResponse()
    #expect(response?.status == 413)
    #expect(response?.headers["X-Request-Id"] != nil)
}

@Test func chunkedOversizedBodyGets413AtTheEnd() throws {
    let server = try TestServer(appRouter()) { $0.maxBodyBytes = 1000 }
    let connection = try RawConnection(port: server.port)
    var request = "POST /json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    for _ in 0..<5 { request += "200\r\n" + String(repeating: "a", count: 512) + "\r\n" }
    request += "0\r\n\r\n"
    connection.send(request)
    #expect(connection.readResponse()?.status == 413)
    let small = try fetch(server.port, "POST", "/json", headers: [("Content-Type", "application/json")], body: Array("[1]".utf8))
    #expect(small.status == 200)
}

@Test(arguments: ["GARBAGE LINE HERE\r\n\r\n", "GET /no-version\r\n\r\n", "GET /hello/x HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n",
                  "GET /hello/x HTTP/9.9\r\nHost: x\r\n\r\n"])
func malformedRequestGets4xxAndTheServerKeepsServing(_ raw: String) throws {
    let server = try TestServer(appRouter())
    let connection = try RawConnection(port: server.port)
    connection.send(raw)
    let response = connection.readResponse()
    let expected = raw.contains("9.9") ? 505 : 400
    #expect(response?.status == expected)
    #expect(try fetch(server.port, "GET", "/hello/again").text == "hello again q=-")
}

@Test func aLoneTokenRequestLineIsDroppedAndTheServerKeepsServing() throws {
    let server = try TestServer(appRouter())
    let connection = try RawConnection(port: server.port)
    connection.send("GARBAGE\r\n\r\n")
    #expect(connection.readResponse() == nil)  // libmicrohttpd closes without an answer
    #expect(try fetch(server.port, "GET", "/hello/again").status == 200)
}

@Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
    let server = try TestServer(appRouter())
    let connection = try RawConnection(port: server.port)
    connection.send("GET /hello/one HTTP/1.1\r\nHost: x\r\n\r\n")
    #expect(connection.readResponse()?.text == "hello one q=-")
    connection.send("GET /hello/two HTTP/1.1\r\nHost: x\r\n\r\n")
    #expect(connection.readResponse()?.text == "hello two q=-")
}

@Test func cookiesRoundTrip() throws {
    let server = try TestServer(appRouter())
    let set = try fetch(server.port, "GET", "/cookie/set")
    #expect(set.headers.values("Set-Cookie") == ["sid=s3cr3t; Path=/; HttpOnly; SameSite=Lax", "theme=dark; Path=/; SameSite=Lax"])
    let cookieHeader = set.headers.values("Set-Cookie").map { String($0.split(separator: ";")[0]) }.joined(separator: "; ")
    #expect(try fetch(server.port, "GET", "/cookie/echo", headers: [("Cookie", cookieHeader)]).text == "sid=s3cr3t;theme=dark")
}

@Test func everyResponseCarriesARequestIdWhichIsLogged() throws {
    let server = try TestServer(appRouter())
    let generated = try fetch(server.port, "GET", "/hello/x")
    let id = try #require(generated.headers["X-Request-Id"])
    #expect(id.count == 16)
    #expect(try fetch(server.port, "GET", "/nope", headers: [("X-Request-Id", "edge-42")]).headers["X-Request-Id"] == "edge-42")
    #expect(try fetch(server.port, "GET", "/nope", headers: [("X-Request-Id", "x\"y")]).headers["X-Request-Id"] != "x\"y")
    usleep(50_000)
    #expect(server.log.contains { $0.contains("request_id=\(id)") && $0.contains("path=/hello/x") && $0.contains("status=200") })
}

@Test func unexpectedErrorsAreABare500NamingTheRequestId() throws {
    let server = try TestServer(appRouter())
    let response = try fetch(server.port, "GET", "/fail")
    #expect(response.status == 500)
    let id = try #require(response.headers["X-Request-Id"])
    #expect(response.text == "Internal Server Error (request id \(id))\n")
    #expect(server.log.contains { $0.contains("level=error") && $0.contains("request_id=\(id)") && $0.contains("Boom") })
}

@Test func thrownHTTPErrorsPresentThemselves() throws {
    let server = try TestServer(appRouter())
    let response = try fetch(server.port, "GET", "/teapot")
    #expect(response.status == 418)
    #expect(response.text == "short and stout\n")
}

@Test func streamedBodiesArriveWhole() throws {
    let server = try TestServer(appRouter())
    let response = try fetch(server.port, "GET", "/stream")
    #expect(response.headers["Transfer-Encoding"] == "chunked")
    #expect(response.text == (0..<1000).map { "line \($0)\n" }.joined())
}

@Test func metricsCountAnsweredRequestsByRoute() throws {
    let server = try TestServer(appRouter())
    _ = try fetch(server.port, "GET", "/hello/a")
    _ = try fetch(server.port, "GET", "/hello/b")
    usleep(50_000)
    #expect(server.metrics.render().contains("cairn_http_requests_total{route=\"/hello/:name\",method=\"GET\",status=\"200\"} 2\n"))
}

@Test func gracefulStopFinishesAnInFlightSlowRequest() throws {
    let server = try TestServer(appRouter())
    let port = server.port
    let result = Mutex<WireResponse?>(nil)
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        let response = try? fetch(port, "GET", "/slow")
        result.withLock { $0 = response }
        done.signal()
    }
    usleep(200_000)  // the handler is sleeping now
    server.server.stop()
    #expect(done.wait(timeout: .now() + 5) == .success)
    #expect(result.withLock { $0?.text } == "slow done")
    #expect(throws: (any Error).self) { try fetch(port, "GET", "/hello/x") }
}
