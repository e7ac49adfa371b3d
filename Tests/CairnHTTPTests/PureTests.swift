import Synchronization
import Testing
import Foundation
@testable import CairnHTTP

struct RangeCase: CustomTestStringConvertible, Sendable {
    let header: String?, size: Int64, expected: ByteRange
    var testDescription: String { "\(header ?? "nil") of \(size)" }
}

@Test(arguments: [
    RangeCase(header: nil, size: 100, expected: .full),
    RangeCase(header: "bytes=10-19", size: 100, expected: .partial(10...19)),
    RangeCase(header: "bytes=90-200", size: 100, expected: .partial(90...99)),
    RangeCase(header: "bytes=50-", size: 100, expected: .partial(50...99)),
    RangeCase(header: "bytes=-5", size: 100, expected: .partial(95...99)),
    RangeCase(header: "bytes=-500", size: 100, expected: .partial(0...99)),
    RangeCase(header: "bytes=100-", size: 100, expected: .unsatisfiable),
    RangeCase(header: "bytes=-0", size: 100, expected: .unsatisfiable),
    RangeCase(header: "bytes=20-10", size: 100, expected: .full),
    RangeCase(header: "bytes=0-1,5-6", size: 100, expected: .full),
    RangeCase(header: "items=0-1", size: 100, expected: .full),
    RangeCase(header: "bytes=x-1", size: 100, expected: .full),
])
func rangeHeaderParsing(_ c: RangeCase) {
    #expect(ByteRange.parse(c.header, size: c.size) == c.expected)
}

@Test func cookieRendersEveryAttribute() {
    let cookie = Cookie(name: "sid", value: "abc", maxAge: 3600, secure: true, sameSite: .strict)
    #expect(cookie.headerValue == "sid=abc; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Strict")
    #expect(Cookie.expired("sid").headerValue == "sid=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")
}

@Test func cookieHeaderParsingKeepsTheFirstOfARepeatedName() {
    #expect(Cookie.parse(header: "a=1;b=2; a=3 ; junk; c=\"q\"; =x") == ["a": "1", "b": "2", "c": "q"])
}

@Test func httpDatesRoundTrip() {
    #expect(HTTPDate.format(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777)
    #expect(HTTPDate.parse("yesterday") == nil)
}

@Test func logValuesAreQuotedWhenTheyContainSpaces() {
    let line = Logger.line(level: .info, message: "two words", fields: [("path", "/a b"), ("status", "200")],
                           at: .init(timeIntervalSince1970: 0))
    #expect(line.hasSuffix("level=info msg=\"two words\" path=\"/a b\" status=200"))
    #expect(line.hasPrefix("ts=1970-01-01T00:00:00.000Z "))
}

@Test func aRequestsLineIsTheGeneralLineWithTheRequestsFields() {
    let lines = Mutex<[String]>([])
    let logger = Logger(sink: { line in lines.withLock { $0.append(line) } })
    let cases: [(id: String, method: String, path: String, status: Int, bytes: Int64?, seconds: Double, aborted: Bool)] = [
        ("1a2b", "GET", "/o/riverbend/catalog", 200, 60_835, 0.000_349, false),
        ("3c4d", "POST", "/a b\r\nts=forged", 422, nil, 1.5, true),
        ("5e6f", "HEAD", "/", 304, 0, 12.345_678_9, false),
        ("7a8b", "GET", "/x", 500, 1, 0, false),
        ("9c0d", "GET", "/y", 200, 2, 0.481_982_5, false),  // half a microsecond away: milliseconds first, then rounded
    ]
    for request in cases {
        logger.request(id: request.id, method: request.method, path: request.path, status: request.status,
                       bytes: request.bytes, seconds: request.seconds, aborted: request.aborted)
        let microseconds = Int((request.seconds * 1000 * 1000).rounded())  // the milliseconds the line always gave, to three places
        let fraction = String(microseconds % 1000)
        var fields = [("request_id", request.id), ("method", request.method), ("path", request.path),
                      ("status", String(request.status)), ("bytes", request.bytes.map(String.init) ?? "-"),
                      ("duration_ms", "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction)]
        if request.aborted { fields.append(("aborted", "true")) }
        logger.info("request", fields)
    }
    let written = lines.withLock { $0 }.map { $0.drop { $0 != " " } }  // without the timestamps
    #expect(written.count == 10)
    for pair in stride(from: 0, to: written.count - 1, by: 2) { #expect(written[pair] == written[pair + 1]) }
    #expect(written[0] == " level=info msg=request request_id=1a2b method=GET path=/o/riverbend/catalog status=200 bytes=60835 duration_ms=0.349")
    #expect(written[2].hasSuffix(" status=422 bytes=- duration_ms=1500.000 aborted=true"))
    #expect(written[4].hasSuffix(" duration_ms=12345.679"))
    #expect(written[8].hasSuffix(" duration_ms=481.982"))
    #expect(!lines.withLock { $0[2] }.contains("\n"), "a path cannot start a line of its own")
}

@Test func logTimestampsAreUTCWithMilliseconds() {
    #expect(Logger.timestamp(Date(timeIntervalSince1970: 1_796_508_980.251)) == "2026-12-05T22:16:20.251Z")
    #expect(Logger.timestamp(Date(timeIntervalSince1970: 951_782_400.007)) == "2000-02-29T00:00:00.007Z")
    #expect(Logger.timestamp(Date(timeIntervalSince1970: 59.9999)) == "1970-01-01T00:01:00.000Z", "to the nearest millisecond")
}

@Test func logTimestampsAgreeWithLibcsCalendarFrom1890To2110() {
    var seconds: Int64 = -2_524_521_600  // 1890-01-01
    var disagreements: [String] = []
    while seconds < 4_449_513_600 {  // 2111-01-01
        var clock = time_t(seconds)
        var parts = tm()
        gmtime_r(&clock, &parts)
        let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.250Z", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                              Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        let written = Logger.timestamp(Date(timeIntervalSince1970: Double(seconds) + 0.25))
        if written != expected, disagreements.count < 5 { disagreements.append("\(written) for \(expected)") }
        seconds += 7 * 3600 + 13 * 60 + 7  // every seven hours and a bit, so every hour of the day comes round
    }
    #expect(disagreements.isEmpty)
    #expect(Logger.timestamp(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
}

@Test func metricsRenderPrometheusText() {
    let metrics = Metrics()
    metrics.recordRequest(route: "/a/:id", method: "GET", status: 200, seconds: 0.02)
    metrics.recordRequest(route: "/a/:id", method: "GET", status: 200, seconds: 3)
    metrics.registerGauge(name: "cairn_db_connections_open", help: "Open connections.") { 4 }
    let text = metrics.render()
    #expect(text.contains("cairn_http_requests_total{route=\"/a/:id\",method=\"GET\",status=\"200\"} 2\n"))
    #expect(text.contains("cairn_http_request_duration_seconds_bucket{route=\"/a/:id\",le=\"0.025\"} 1\n"))
    #expect(text.contains("cairn_http_request_duration_seconds_bucket{route=\"/a/:id\",le=\"5.0\"} 2\n"))
    #expect(text.contains("cairn_http_request_duration_seconds_count{route=\"/a/:id\"} 2\n"))
    #expect(text.contains("# TYPE cairn_db_connections_open gauge\ncairn_db_connections_open 4.0\n"))
}

@Test func staticFilesRefuseTraversal() throws {
    let directory = temporaryDirectory()
    try "body{}".write(toFile: directory + "/site.css", atomically: true, encoding: .utf8)
    let files = StaticFiles(directory: directory)
    #expect(files.resolve("site.css") != nil)
    #expect(files.resolve("../etc/passwd") == nil)
    #expect(files.resolve("a/../../x") == nil)
    #expect(files.resolve(".hidden") == nil)
    #expect(StaticFiles.contentType(for: "a/b.woff2") == "font/woff2")
}

enum TokenKey: RequestAttributeKey { typealias Value = String }
enum CountKey: RequestAttributeKey { typealias Value = Int }

@Test func attributesAreTypedAndACopysChangesStayItsOwn() {
    var request = Request(target: "/")
    #expect(request[TokenKey.self] == nil)
    request[TokenKey.self] = "first"
    request[CountKey.self] = 1
    var copy = request
    copy[TokenKey.self] = "second"
    copy[CountKey.self] = nil
    #expect(request[TokenKey.self] == "first" && request[CountKey.self] == 1, "the original keeps its values")
    #expect(copy[TokenKey.self] == "second", "the newer value hides the older")
    #expect(copy[CountKey.self] == nil, "nil hides a value")
    copy[CountKey.self] = 3
    #expect(copy[CountKey.self] == 3)
}

@Test func parametersAreFoundByNameAndCanBeChangedOrRemoved() {
    var parameters = Parameters(["org": "riverbend", "id": "7"])
    #expect(parameters["org"] == "riverbend" && parameters["id"] == "7" && parameters["other"] == nil)
    parameters["id"] = "8"
    parameters["page"] = "2"
    parameters["org"] = nil
    #expect(parameters["id"] == "8" && parameters["page"] == "2" && parameters["org"] == nil)
}
